using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Marten;
using Wolverine.Marten;

namespace Inventory.Api.DiscoveryJobs;

/// <summary>Appends to a job stream; exclusive so the accounts of one job, handled in parallel, never race on its version.</summary>
internal static class JobWrites
{
    /// <summary>Marks the account started and returns the job, or null when the job is over or the account already done.</summary>
    public static async Task<DiscoveryJobView?> AccountStartedAsync(IDocumentStore store, Guid jobId, string accountId,
        IReadOnlyList<string> regions, int scopes, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForExclusiveWriting<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
        var job = stream.Aggregate;
        if (job is null || job.IsFinished || job.DiscoveredAccountIds.Contains(accountId))
            return null;
        // A redelivered account carries on where it was; the log says once that it began.
        if (!job.StartedAccountIds.Contains(accountId))
        {
            stream.AppendOne(new AccountDiscoveryStarted(accountId, regions, scopes, TimeProvider.System.GetUtcNow()));
            await session.SaveChangesAsync(cancellation);
        }
        await using var query = store.QuerySession();
        return await query.LoadAsync<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
    }

    /// <summary>Appends unless the job is over: a job given up for abandoned takes nothing more from a late handler.</summary>
    public static Task AppendAsync(IDocumentStore store, Guid jobId, object @event, CancellationToken cancellation) =>
        AppendAsync(store, jobId, [@event], cancellation);

    public static async Task AppendAsync(IDocumentStore store, Guid jobId, IReadOnlyList<object> events, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForExclusiveWriting<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
        if (stream.Aggregate is not { IsFinished: false })
            return;
        stream.AppendMany(events);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>
    /// Marks the account done; the last account finishes the job, releases its locks and, unless it was a dry run, asks for a
    /// cost refresh, all in the same commit.
    /// </summary>
    public static async Task AccountDoneAsync(IDocumentStore store, IMartenOutbox outbox, Guid jobId, string accountId, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        outbox.Enroll(session);
        var stream = await session.Events.FetchForExclusiveWriting<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
        var job = stream.Aggregate;
        // A redelivered message for a finished job or an account already done changes nothing.
        if (job is null || job.IsFinished || job.DiscoveredAccountIds.Contains(accountId))
            return;
        var at = TimeProvider.System.GetUtcNow();
        stream.AppendOne(new AccountDiscovered(accountId, at));
        if (job.AccountIds.All(id => id == accountId || job.DiscoveredAccountIds.Contains(id)))
        {
            var (status, reason) = JobRules.Outcome(job);
            stream.AppendOne(new DiscoveryJobFinished(status, at, reason));
            session.DeleteWhere<DiscoveryLock>(l => l.JobId == jobId);
            if (!job.DryRun)
                await outbox.PublishAsync(Costs.RefreshCosts.All(Cause.DiscoveryJob(jobId.ToString("D"))));
        }
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>Ends a job that lost its handler and frees its accounts; false when it finished meanwhile.</summary>
    public static async Task<bool> AbandonAsync(IDocumentStore store, Guid jobId, TimeSpan grace, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForExclusiveWriting<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
        var now = TimeProvider.System.GetUtcNow();
        var job = stream.Aggregate;
        if (job is { IsFinished: false } && !JobRules.IsAbandoned(job, now, grace))
            return false;
        if (job is { IsFinished: false })
            stream.AppendOne(JobRules.Abandon(job, now));
        // A lock whose job never existed or already ended is released too.
        session.DeleteWhere<DiscoveryLock>(l => l.JobId == jobId);
        await session.SaveChangesAsync(cancellation);
        return true;
    }
}
