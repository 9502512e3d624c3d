using Inventory.Domain.Access.SignIns;
using Inventory.Domain.Access.Users;
using Marten;

namespace Inventory.Api.Access.Sessions;

/// <summary>The signed-in browsers of each user, in PostgreSQL: started at sign-in, checked on every request, ended from anywhere.</summary>
public sealed class BrowserSessions(IDocumentStore store, [FromKeyedServices(AccessClock.Key)] TimeProvider clock)
{
    // A request moves the last-seen time only when it is this old, so browsing does not write on every request.
    private static readonly TimeSpan SeenGranularity = TimeSpan.FromMinutes(1);

    public async Task<Guid> StartAsync(UserRecord user, HttpContext context, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var agent = context.Request.Headers.UserAgent.ToString();
        var started = new BrowserSession
        {
            Id = Guid.NewGuid(), UserId = user.UserId, StartedAt = now, LastSeenAt = now,
            Client = agent.Length == 0 ? null : agent[..Math.Min(agent.Length, 200)],
            Address = context.Connection.RemoteIpAddress?.ToString(),
        };
        await using var session = store.LightweightSession();
        session.Store(started);
        // Sessions idle past the longest timeout the settings allow (a week) are gone for good; a sign-in sweeps away its user's.
        var abandoned = now - TimeSpan.FromDays(7);
        session.DeleteWhere<BrowserSession>(s => s.UserId == user.UserId && s.LastSeenAt < abandoned);
        await session.SaveChangesAsync(cancellation);
        return started.Id;
    }

    /// <summary>The user and their session in one round trip; a session idle longer than the timeout has ended.</summary>
    public async Task<(UserRecord? User, bool Active)> CheckAsync(string userId, Guid sessionId, TimeSpan timeout, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await using var query = store.QuerySession();
        var batch = query.CreateBatchQuery();
        var user = batch.Load<UserRecord>(UserStreams.Key(userId));
        var browser = batch.Load<BrowserSession>(sessionId);
        await batch.Execute(cancellation);
        var found = await browser;
        var active = found is not null && found.UserId == userId && now - found.LastSeenAt <= timeout;
        if (active && now - found!.LastSeenAt >= SeenGranularity)
        {
            await using var write = store.LightweightSession();
            found.LastSeenAt = now;
            write.Update(found);
            await write.SaveChangesAsync(cancellation);
        }
        return (await user, active);
    }

    public async Task<IReadOnlyList<BrowserSession>> ListAsync(string userId, TimeSpan timeout, CancellationToken cancellation)
    {
        var since = clock.GetUtcNow() - timeout;
        await using var session = store.QuerySession();
        var sessions = await session.Query<BrowserSession>().Where(s => s.UserId == userId && s.LastSeenAt >= since).ToListAsync(cancellation);
        return sessions.OrderByDescending(s => s.LastSeenAt).ToList();
    }

    /// <returns>Whether the user had that session.</returns>
    public async Task<bool> EndAsync(string userId, Guid sessionId, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<BrowserSession>(sessionId, cancellation) is not { } found || found.UserId != userId)
            return false;
        session.Delete(found);
        await session.SaveChangesAsync(cancellation);
        return true;
    }

    /// <summary>Ends every session of the user but the one given (if any); the ended ones, and those that timed out, are deleted.</summary>
    public async Task EndAllAsync(string userId, Guid? except, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        if (except is { } keep)
            session.DeleteWhere<BrowserSession>(s => s.UserId == userId && s.Id != keep);
        else
            session.DeleteWhere<BrowserSession>(s => s.UserId == userId);
        await session.SaveChangesAsync(cancellation);
    }
}
