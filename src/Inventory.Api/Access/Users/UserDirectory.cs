using Inventory.Api.Access.Sessions;
using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;
using Inventory.Domain.Assets;
using Marten;

namespace Inventory.Api.Access.Users;

/// <summary>
/// The users of the product, read from and written to their event streams. Sign-in, the admin endpoints, single sign-on, the
/// reset-password link and the command line all go through it, so every change follows the same rules and names who made it.
/// </summary>
public sealed class UserDirectory(IDocumentStore store, PasswordHashing passwords, [FromKeyedServices(AccessClock.Key)] TimeProvider clock)
{
    public async Task<UserRecord?> FindAsync(string userId, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<UserRecord>(UserStreams.Key(userId), cancellation) is { Deleted: false } user ? user : null;
    }

    public async Task<UserRecord?> FindByUsernameAsync(string username, CancellationToken cancellation)
    {
        var key = UserStreams.Lookup(username);
        await using var session = store.QuerySession();
        return await session.Query<UserRecord>().FirstOrDefaultAsync(u => u.UsernameKey == key, cancellation);
    }

    public async Task<UserRecord?> FindByEmailAsync(string email, CancellationToken cancellation)
    {
        var key = UserStreams.Lookup(email);
        await using var session = store.QuerySession();
        return await session.Query<UserRecord>().FirstOrDefaultAsync(u => u.EmailKey == key, cancellation);
    }

    public async Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var users = await session.Query<UserRecord>().Where(u => !u.Deleted).ToListAsync(cancellation);
        return users.OrderBy(u => u.UsernameKey, StringComparer.Ordinal).ToList();
    }

    public bool VerifyPassword(UserRecord? user, string password) => passwords.Verify(user, password);

    /// <summary>A local user with a password, or (with <see cref="AuthSource.Oidc"/> and no password) one who signs in through SSO.</summary>
    public Task<(AccessDecision Decision, UserRecord? User)> CreateAsync(NewUser input, AuthSource source, Cause cause, CancellationToken cancellation)
    {
        var userId = Guid.NewGuid().ToString("N");
        return WriteAsync(userId, async (session, _) =>
        {
            var username = UserStreams.Lookup(input.Username ?? "");
            var email = UserStreams.Lookup(input.Email ?? "");
            var usernameTaken = await session.Query<UserRecord>().AnyAsync(u => u.UsernameKey == username, cancellation);
            var emailTaken = email.Length > 0 && await session.Query<UserRecord>().AnyAsync(u => u.EmailKey == email, cancellation);
            return UserRules.Create(input, source, _ => usernameTaken, _ => emailTaken, passwords.Hash, userId, clock.GetUtcNow(), cause);
        }, cancellation);
    }

    public Task<(AccessDecision Decision, UserRecord? User)> ChangeAsync(string userId, UserChange change, Actor actor, CancellationToken cancellation) =>
        WriteAsync(userId, async (session, current) =>
        {
            var email = UserStreams.Lookup(change.Email ?? "");
            var emailTaken = email.Length > 0 && await session.Query<UserRecord>().AnyAsync(u => u.EmailKey == email && u.UserId != userId, cancellation);
            return UserRules.Change(current, userId, change, _ => emailTaken, actor, clock.GetUtcNow());
        }, cancellation);

    public Task<(AccessDecision Decision, UserRecord? User)> DeleteAsync(string userId, Actor actor, CancellationToken cancellation) =>
        WriteAsync(userId, (_, current) => Task.FromResult(UserRules.Delete(current, userId, actor, clock.GetUtcNow())), cancellation);

    /// <summary>Sets a local user's password without the old one: an admin's reset, or a valid reset-password link (as <see cref="Actor.System"/>).</summary>
    public Task<(AccessDecision Decision, UserRecord? User)> SetPasswordAsync(string userId, string? newPassword, Actor actor, CancellationToken cancellation) =>
        WriteAsync(userId, (_, current) => Task.FromResult(UserRules.SetPassword(current, userId, newPassword, passwords.Hash, actor, clock.GetUtcNow())),
            cancellation);

    public Task<(AccessDecision Decision, UserRecord? User)> ChangeOwnPasswordAsync(string userId, string? currentPassword, string? newPassword,
        CancellationToken cancellation) =>
        WriteAsync(userId, (_, current) => Task.FromResult(current is not { CanSignIn: true }
            ? new AccessDecision.NotFound(userId)
            : UserRules.ChangeOwnPassword(current, passwords.Verify(current, currentPassword ?? ""), newPassword, passwords.Hash, clock.GetUtcNow())),
            cancellation);

    /// <summary>Creates the superadmin, or gives the existing user of that name this password, the Superadmin role and an active account.</summary>
    public async Task<(AccessDecision Decision, UserRecord? User)> EnsureSuperadminAsync(string username, string password, Cause cause,
        CancellationToken cancellation)
    {
        var existing = await FindByUsernameAsync(username, cancellation);
        var userId = existing?.UserId ?? Guid.NewGuid().ToString("N");
        return await WriteAsync(userId, (_, current) =>
            Task.FromResult(UserRules.Superadmin(current, username, password, passwords.Hash, userId, clock.GetUtcNow(), cause)), cancellation);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return await session.Query<UserRecord>().AnyAsync(cancellation);
    }

    /// <summary>Appended without a version check: a sign-in only moves the last-sign-in time and must not fail on a concurrent edit.</summary>
    public async Task RecordSignInAsync(UserRecord user, AuthSource via, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        session.Events.Append(UserStreams.Key(user.UserId), new UserSignedIn(user.UserId, via, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellation);
    }

    private Task<(AccessDecision, UserRecord?)> WriteAsync(string userId, Func<IDocumentSession, UserRecord?, Task<AccessDecision>> decide,
        CancellationToken cancellation) =>
        AccessWrites.RunAsync(store, UserStreams.Key(userId), decide, constraint => constraint.Contains("email", StringComparison.OrdinalIgnoreCase)
            ? AccessDecision.Taken("email", "The e-mail address belongs to another user.")
            : AccessDecision.Taken("username", "The username is taken."), cancellation);
}
