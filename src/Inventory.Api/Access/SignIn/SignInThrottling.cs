using Inventory.Api.Access.Sessions;
using Inventory.Domain.Access.SignIns;
using Inventory.Domain.Access.Users;
using Marten;

namespace Inventory.Api.Access.SignIn;

/// <summary>Failed sign-ins counted in PostgreSQL by the name tried and by the client's address, so every instance refuses alike.</summary>
public sealed class SignInThrottling(IDocumentStore store, AccessOptions options, [FromKeyedServices(AccessClock.Key)] TimeProvider clock)
{
    public async Task<TimeSpan?> RetryAfterAsync(string username, string address, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var since = now - options.SignInLimits.Window;
        var key = UserStreams.Lookup(username);
        await using var session = store.QuerySession();
        var byUser = await session.Query<SignInFailure>().Where(f => f.UsernameKey == key && f.At > since).Select(f => f.At).ToListAsync(cancellation);
        var byAddress = await session.Query<SignInFailure>().Where(f => f.Address == address && f.At > since).Select(f => f.At).ToListAsync(cancellation);
        return SignInThrottle.RetryAfter(byUser, byAddress, now, options.SignInLimits);
    }

    public async Task RecordFailureAsync(string username, string address, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        session.Insert(new SignInFailure { Id = Guid.NewGuid(), UsernameKey = UserStreams.Lookup(username), Address = address, At = now });
        // Failures older than the window no longer count; dropping them here keeps the table as small as the window.
        var expired = now - options.SignInLimits.Window;
        session.DeleteWhere<SignInFailure>(f => f.At < expired);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>A good sign-in clears the name's failures; the address's stay, so guessing across many names is still slowed.</summary>
    public async Task ForgetFailuresAsync(string username, CancellationToken cancellation)
    {
        var key = UserStreams.Lookup(username);
        await using var session = store.LightweightSession();
        session.DeleteWhere<SignInFailure>(f => f.UsernameKey == key);
        await session.SaveChangesAsync(cancellation);
    }
}
