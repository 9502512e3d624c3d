using System.Text.RegularExpressions;

namespace Inventory.Domain.Access.Users;

/// <summary>What makes a username, an e-mail address, a display name, a role and a password acceptable.</summary>
public static partial class UserFields
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 512;

    /// <summary>Names events already use for work nobody signed in for; a user of that name would blur who did what.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "scheduler", "anonymous", "system", "sso" };

    public static void Username(string? username, IDictionary<string, string[]> errors)
    {
        var value = username?.Trim();
        if (string.IsNullOrEmpty(value))
            errors["username"] = ["A username is required."];
        else if (value.Length > 64 || !UsernamePattern().IsMatch(value))
            errors["username"] = ["A username has 1 to 64 letters, digits, '.', '_', '-' or '@', and starts with a letter or digit."];
        else if (Reserved.Contains(value))
            errors["username"] = [$"'{value}' is reserved."];
    }

    public static void Email(string? email, IDictionary<string, string[]> errors)
    {
        var value = Trim(email);
        if (value is not null && (value.Length > 254 || !EmailPattern().IsMatch(value)))
            errors["email"] = ["Not an e-mail address."];
    }

    public static void DisplayName(string? displayName, IDictionary<string, string[]> errors)
    {
        if (displayName?.Trim().Length > 200)
            errors["displayName"] = ["A display name has at most 200 characters."];
    }

    public static void Password(string? password, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
            errors[field] = [$"A password has at least {MinPasswordLength} characters."];
        else if (password.Length > MaxPasswordLength)
            errors[field] = [$"A password has at most {MaxPasswordLength} characters."];
    }

    /// <summary>The role an admin may give: Admin or ReadOnly. Superadmin is given only by the command line and the first start.</summary>
    public static UserRole? AssignableRole(string? role, IDictionary<string, string[]> errors)
    {
        if (!Enum.TryParse<UserRole>(role?.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(role, out _))
        {
            errors["role"] = ["The role is one of Admin or ReadOnly."];
            return null;
        }
        if (parsed == UserRole.Superadmin)
        {
            errors["role"] = ["The Superadmin role is given only by the create-superadmin command."];
            return null;
        }
        return parsed;
    }

    public static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]*$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
