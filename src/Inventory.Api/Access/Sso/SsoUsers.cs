using Inventory.Api.Access.Sessions;
using Inventory.Api.Access.Users;
using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;
using Inventory.Domain.Assets;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Npgsql;

namespace Inventory.Api.Access.Sso;

/// <summary>
/// Turns a provider's identity into a user of the product: created on the first sign-in (username from preferred_username),
/// e-mail address and display name brought in line on every one, the role by <see cref="SsoRoles"/>. The user and the link
/// change in one transaction.
/// </summary>
public sealed class SsoUsers(IDocumentStore store, UserDirectory users, PasswordHashing passwords, [FromKeyedServices(AccessClock.Key)] TimeProvider clock)
{
    /// <summary>Changes made by single sign-on name it, as scheduled work names the scheduler.</summary>
    /// <summary>What single sign-on changes is the product's doing on the provider's word, not a person's.</summary>
    internal static readonly Cause SsoCause = new(CauseKind.System, "sso");

    private static readonly Actor Sso = new(null, UserRole.Superadmin, SsoCause);

    /// <returns>The signed-in user, or why they may not sign in.</returns>
    internal async Task<(UserRecord? User, string? Refusal)> SignInAsync(SsoIdentity identity, CancellationToken cancellation)
    {
        if (identity.Subject.Length == 0)
            return (null, "The provider did not say who signed in (no subject).");
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var link = await session.Events.FetchForWriting<SsoLink>(SsoLink.Key(identity.Issuer, identity.Subject), cancellation);
        string? refusal;
        string userId;
        if (link.Aggregate is null)
            (userId, refusal) = await CreateAsync(session, link, identity, now, cancellation);
        else
            (userId, refusal) = await UpdateAsync(session, link, identity, now, cancellation);
        if (refusal is not null)
            return (null, refusal);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return (null, "Your user was changed at the same moment; sign in again.");
        }
        catch (Exception e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (null, "Your username or e-mail address belongs to another user of Inventory; ask an administrator.");
        }
        var user = await users.FindAsync(userId, cancellation);
        await users.RecordSignInAsync(user!, AuthSource.Oidc, cancellation);
        return (user, null);
    }

    private async Task<(string UserId, string? Refusal)> CreateAsync(IDocumentSession session, JasperFx.Events.IEventStream<SsoLink> link, SsoIdentity identity,
        DateTimeOffset now, CancellationToken cancellation)
    {
        var userId = Guid.NewGuid().ToString("N");
        var role = SsoRoles.ForNewUser(identity.AdminClaim);
        var username = UserStreams.Lookup(identity.Username ?? "");
        var email = UserStreams.Lookup(identity.Email ?? "");
        var usernameTaken = await session.Query<UserRecord>().AnyAsync(u => u.UsernameKey == username, cancellation);
        var emailTaken = email.Length > 0 && await session.Query<UserRecord>().AnyAsync(u => u.EmailKey == email, cancellation);
        var decision = UserRules.Create(new NewUser(identity.Username, identity.Email, identity.DisplayName, role.ToString(), null), AuthSource.Oidc,
            _ => usernameTaken, _ => emailTaken, passwords.Hash, userId, now, SsoCause);
        if (decision is not AccessDecision.Accepted accepted)
            return (userId, Refusal(decision, identity));
        session.Events.StartStream<UserRecord>(UserStreams.Key(userId), accepted.Events);
        link.AppendOne(new SsoAccountLinked(identity.Issuer, identity.Subject, userId, role, now));
        return (userId, null);
    }

    private async Task<(string UserId, string? Refusal)> UpdateAsync(IDocumentSession session, JasperFx.Events.IEventStream<SsoLink> link, SsoIdentity identity,
        DateTimeOffset now, CancellationToken cancellation)
    {
        var userId = link.Aggregate!.UserId;
        var user = await session.Events.FetchForWriting<UserRecord>(UserStreams.Key(userId), cancellation);
        if (user.Aggregate is not { CanSignIn: true } current)
            return (userId, "Your Inventory user is deactivated or was deleted; ask an administrator.");
        var role = SsoRoles.Reevaluate(current.Role, link.Aggregate.RoleSetBySso, identity.AdminClaim);
        var email = UserStreams.Lookup(identity.Email ?? "");
        var emailTaken = email.Length > 0 && await session.Query<UserRecord>().AnyAsync(u => u.EmailKey == email && u.UserId != userId, cancellation);
        var decision = UserRules.Change(current, userId, new UserChange(identity.Email ?? current.Email, identity.DisplayName ?? current.DisplayName, role?.ToString(), null),
            _ => emailTaken, Sso, now);
        if (decision is not AccessDecision.Accepted accepted)
            return (userId, Refusal(decision, identity));
        if (accepted.Events.Count > 0)
            user.AppendMany(accepted.Events);
        if (role is not null)
            link.AppendOne(new SsoRoleAssigned(userId, role.Value, now));
        return (userId, null);
    }

    private static string Refusal(AccessDecision decision, SsoIdentity identity) => decision switch
    {
        AccessDecision.Invalid { Errors: var errors } when errors.ContainsKey("username") =>
            $"The provider's username '{identity.Username}' cannot be used in Inventory: {errors["username"][0]}",
        AccessDecision.Invalid { Errors: var errors } => "The provider sent " + string.Join(" ", errors.Values.SelectMany(e => e)),
        AccessDecision.Conflict conflict => conflict.Detail + " Ask an administrator.",
        _ => "Single sign-on could not sign you in.",
    };
}
