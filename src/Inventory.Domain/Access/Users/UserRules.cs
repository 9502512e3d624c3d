using Inventory.Domain.Assets;

namespace Inventory.Domain.Access.Users;

/// <summary>
/// Every change to a user as a pure function of the exact current state. The superadmin cannot be deleted, demoted or
/// deactivated, and only a superadmin changes a superadmin's e-mail or password (either would hand over the account);
/// nobody deletes, deactivates or changes the role of themselves.
/// </summary>
public static class UserRules
{
    /// <param name="taken">Whether a username or e-mail address (lower case) already belongs to someone, read from the inline records.</param>
    public static AccessDecision Create(NewUser input, AuthSource source, Func<string, bool> usernameTaken, Func<string, bool> emailTaken,
        Func<string, string> hash, string userId, DateTimeOffset at, Cause cause)
    {
        var errors = new Dictionary<string, string[]>();
        UserFields.Username(input.Username, errors);
        UserFields.Email(input.Email, errors);
        UserFields.DisplayName(input.DisplayName, errors);
        var role = UserFields.AssignableRole(input.Role, errors);
        if (source == AuthSource.Local)
            UserFields.Password(input.Password, "password", errors);
        else if (input.Password is not null)
            errors["password"] = ["Users who sign in through single sign-on have no password here."];
        if (errors.Count > 0)
            return new AccessDecision.Invalid(errors);

        var username = input.Username!.Trim();
        var email = UserFields.Trim(input.Email);
        if (usernameTaken(UserStreams.Lookup(username)))
            return AccessDecision.Taken("username", $"The username '{username}' is taken.");
        if (email is not null && emailTaken(UserStreams.Lookup(email)))
            return AccessDecision.Taken("email", $"The e-mail address '{email}' belongs to another user.");
        var passwordHash = source == AuthSource.Local ? hash(input.Password!) : null;
        return new AccessDecision.Accepted([
            new UserCreated(userId, username, email, UserFields.Trim(input.DisplayName) ?? username, role!.Value, source, passwordHash, at, cause)]);
    }

    /// <param name="emailTaken">Whether the address (lower case) belongs to another user.</param>
    public static AccessDecision Change(UserRecord? current, string userId, UserChange input, Func<string, bool> emailTaken, Actor actor,
        DateTimeOffset at)
    {
        if (current is not { Deleted: false })
            return new AccessDecision.NotFound(userId);
        var errors = new Dictionary<string, string[]>();
        UserFields.Email(input.Email, errors);
        UserFields.DisplayName(input.DisplayName, errors);
        var role = input.Role is null || (current.Role == UserRole.Superadmin && IsRole(input.Role, UserRole.Superadmin))
            ? current.Role
            : UserFields.AssignableRole(input.Role, errors);
        if (errors.Count > 0)
            return new AccessDecision.Invalid(errors);

        var email = UserFields.Trim(input.Email);
        var displayName = UserFields.Trim(input.DisplayName) ?? current.Username;
        var active = input.Active ?? current.Active;
        var detailsChange = email != current.Email || displayName != current.DisplayName;
        if (current.Role == UserRole.Superadmin)
        {
            if (role != UserRole.Superadmin)
                return new AccessDecision.Conflict($"'{current.Username}' is the superadmin and cannot be demoted.");
            if (!active)
                return new AccessDecision.Conflict($"'{current.Username}' is the superadmin and cannot be deactivated.");
            if (email != current.Email && actor.Role != UserRole.Superadmin)
                return new AccessDecision.Forbidden("Only a superadmin changes the superadmin's e-mail address.");
        }
        if (actor.UserId == current.UserId)
        {
            if (!active && current.Active)
                return new AccessDecision.Conflict("You cannot deactivate yourself.");
            if (role != current.Role)
                return new AccessDecision.Conflict("You cannot change your own role.");
        }
        if (email is not null && email != current.Email && emailTaken(UserStreams.Lookup(email)))
            return AccessDecision.Taken("email", $"The e-mail address '{email}' belongs to another user.");

        var events = new List<object>();
        if (detailsChange)
            events.Add(new UserDetailsChanged(current.UserId, email, displayName, at, actor.Cause));
        if (role != current.Role)
            events.Add(new UserRoleChanged(current.UserId, role!.Value, at, actor.Cause));
        if (active != current.Active)
            events.Add(active ? new UserReactivated(current.UserId, at, actor.Cause) : new UserDeactivated(current.UserId, at, actor.Cause));
        return new AccessDecision.Accepted(events);
    }

    public static AccessDecision Delete(UserRecord? current, string userId, Actor actor, DateTimeOffset at)
    {
        if (current is not { Deleted: false })
            return new AccessDecision.NotFound(userId);
        if (current.Role == UserRole.Superadmin)
            return new AccessDecision.Conflict($"'{current.Username}' is the superadmin and cannot be deleted.");
        if (actor.UserId == current.UserId)
            return new AccessDecision.Conflict("You cannot delete yourself.");
        return new AccessDecision.Accepted([new UserDeleted(current.UserId, at, actor.Cause)]);
    }

    /// <summary>An admin (or the reset-password link) sets a new password without knowing the old one.</summary>
    public static AccessDecision SetPassword(UserRecord? current, string userId, string? newPassword, Func<string, string> hash, Actor actor,
        DateTimeOffset at)
    {
        if (current is not { Deleted: false })
            return new AccessDecision.NotFound(userId);
        if (current.AuthSource != AuthSource.Local)
            return new AccessDecision.Refused($"'{current.Username}' signs in through single sign-on and has no password here.");
        if (current.Role == UserRole.Superadmin && actor.Role != UserRole.Superadmin)
            return new AccessDecision.Forbidden("Only a superadmin sets the superadmin's password.");
        var errors = new Dictionary<string, string[]>();
        UserFields.Password(newPassword, "newPassword", errors);
        if (errors.Count > 0)
            return new AccessDecision.Invalid(errors);
        return new AccessDecision.Accepted([new UserPasswordSet(current.UserId, hash(newPassword!), at, actor.Cause)]);
    }

    /// <param name="currentPasswordMatches">Whether the password the user typed as their current one is right.</param>
    public static AccessDecision ChangeOwnPassword(UserRecord user, bool currentPasswordMatches, string? newPassword, Func<string, string> hash,
        DateTimeOffset at)
    {
        if (user.AuthSource != AuthSource.Local)
            return new AccessDecision.Refused("You sign in through single sign-on; your password is kept there.");
        var errors = new Dictionary<string, string[]>();
        if (!currentPasswordMatches)
            errors["currentPassword"] = ["This is not your current password."];
        UserFields.Password(newPassword, "newPassword", errors);
        if (errors.Count > 0)
            return new AccessDecision.Invalid(errors);
        return new AccessDecision.Accepted([new UserPasswordSet(user.UserId, hash(newPassword!), at, Cause.User(user.Username))]);
    }

    /// <summary>
    /// The command line's and the first start's superadmin: created when the username is free, else given this password, the
    /// Superadmin role and reactivated. An SSO user's name cannot be taken over.
    /// </summary>
    public static AccessDecision Superadmin(UserRecord? existing, string? username, string? password, Func<string, string> hash, string newUserId,
        DateTimeOffset at, Cause cause)
    {
        var errors = new Dictionary<string, string[]>();
        UserFields.Username(username, errors);
        UserFields.Password(password, "password", errors);
        if (errors.Count > 0)
            return new AccessDecision.Invalid(errors);
        var name = username!.Trim();
        if (existing is null)
            return new AccessDecision.Accepted([new UserCreated(newUserId, name, null, name, UserRole.Superadmin, AuthSource.Local, hash(password!), at, cause)]);
        if (existing.AuthSource != AuthSource.Local)
            return new AccessDecision.Refused($"'{existing.Username}' signs in through single sign-on; choose another username for the superadmin.");
        var events = new List<object> { new UserPasswordSet(existing.UserId, hash(password!), at, cause) };
        if (existing.Role != UserRole.Superadmin)
            events.Add(new UserRoleChanged(existing.UserId, UserRole.Superadmin, at, cause));
        if (!existing.Active)
            events.Add(new UserReactivated(existing.UserId, at, cause));
        return new AccessDecision.Accepted(events);
    }

    private static bool IsRole(string value, UserRole role) => string.Equals(value.Trim(), role.ToString(), StringComparison.OrdinalIgnoreCase);
}
