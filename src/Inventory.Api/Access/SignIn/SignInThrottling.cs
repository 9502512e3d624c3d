using Inventory.Api.Access.Sessions;
using Inventory.Domain.Access.SignIns;
using Inventory.Domain.Access.Users;
using Marten;
using Npgsql;

namespace Inventory.Api.Access.SignIn;

/// <summary>What an attempt is throttled for: password guesses (sign-in, change-password) or reset mails, each counted apart.</summary>
public enum ThrottledAction
{
    Password,
    ResetMail,
}

/// <summary>A reserved attempt: either go ahead (and report how it went), or wait this long.</summary>
public sealed record ThrottleTicket(Guid? Attempt, TimeSpan? RetryAfter)
{
    public bool Refused => RetryAfter is not null;
}

/// <summary>
/// Attempts counted in PostgreSQL by the name tried and by the client's address, so every instance refuses alike. Each attempt is
/// reserved before it is tried, under a lock on the name and the address, so N guesses sent at once count as N.
/// </summary>
public sealed class SignInThrottling(IDocumentStore store, AccessOptions options, [FromKeyedServices(AccessClock.Key)] TimeProvider clock)
{
    /// <summary>Reset mails: three per name and ten per address in a quarter of an hour are plenty for a forgetful person.</summary>
    public static readonly SignInLimits ResetMailLimits = new(3, 10, TimeSpan.FromMinutes(15));

    /// <summary>Counts this attempt unless the name or the address is over its limit; a good password then takes it back.</summary>
    public async Task<ThrottleTicket> ReserveAsync(ThrottledAction action, string username, string address, CancellationToken cancellation)
    {
        var limits = LimitsOf(action);
        var now = clock.GetUtcNow();
        var since = now - limits.Window;
        var key = KeyOf(action, username);
        var from = AddressOf(action, address);
        await using var session = store.LightweightSession();
        await session.BeginTransactionAsync(cancellation);
        // Always the name's lock first, then the address's: two attempts never wait on each other in a circle.
        foreach (var lockName in new[] { "throttle-name:" + key, "throttle-address:" + from })
            await session.ExecuteAsync(new NpgsqlCommand("select pg_advisory_xact_lock(hashtext(@name))") { Parameters = { new("name", lockName) } }, cancellation);
        var byUser = await session.Query<SignInFailure>().Where(f => f.UsernameKey == key && f.At > since).Select(f => f.At).ToListAsync(cancellation);
        var byAddress = await session.Query<SignInFailure>().Where(f => f.Address == from && f.At > since).Select(f => f.At).ToListAsync(cancellation);
        if (SignInThrottle.RetryAfter(byUser, byAddress, now, limits) is { } wait)
            return new ThrottleTicket(null, wait);
        var attempt = new SignInFailure { Id = Guid.NewGuid(), UsernameKey = key, Address = from, At = now };
        session.Insert(attempt);
        // Attempts older than the longest window no longer count; dropping them here keeps the table as small as the windows.
        var expired = now - new[] { options.SignInLimits.Window, ResetMailLimits.Window }.Max();
        session.DeleteWhere<SignInFailure>(f => f.At < expired);
        await session.SaveChangesAsync(cancellation);
        return new ThrottleTicket(attempt.Id, null);
    }

    /// <summary>
    /// A right password clears the name's failures and takes back its own attempt; the address's other failures stay, so guessing
    /// across many names is still slowed.
    /// </summary>
    public async Task SucceededAsync(ThrottleTicket ticket, string username, CancellationToken cancellation)
    {
        var key = KeyOf(ThrottledAction.Password, username);
        await using var session = store.LightweightSession();
        session.DeleteWhere<SignInFailure>(f => f.UsernameKey == key);
        if (ticket.Attempt is { } attempt)
            session.Delete<SignInFailure>(attempt);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>An attempt that never tried a password (a new password too short) does not count as a guess.</summary>
    public async Task WithdrawAsync(ThrottleTicket ticket, CancellationToken cancellation)
    {
        if (ticket.Attempt is not { } attempt)
            return;
        await using var session = store.LightweightSession();
        session.Delete<SignInFailure>(attempt);
        await session.SaveChangesAsync(cancellation);
    }

    private SignInLimits LimitsOf(ThrottledAction action) => action == ThrottledAction.Password ? options.SignInLimits : ResetMailLimits;

    private static string KeyOf(ThrottledAction action, string username) =>
        (action == ThrottledAction.Password ? "" : "reset-mail:") + UserStreams.Lookup(username);

    private static string AddressOf(ThrottledAction action, string address) => (action == ThrottledAction.Password ? "" : "reset-mail:") + address;
}
