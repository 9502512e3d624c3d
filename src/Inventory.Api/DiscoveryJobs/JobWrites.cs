using Inventory.Domain.DiscoveryJobs;
using Marten;

namespace Inventory.Api.DiscoveryJobs;

/// <summary>Appends to a job stream; exclusive so the accounts of one job, handled in parallel, never race on its version.</summary>
internal static class JobWrites
{
    public static async Task AppendAsync(IDocumentStore store, Guid jobId, object @event, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForExclusiveWriting<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
        stream.AppendOne(@event);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>Marks the account done; the last account finishes the job and releases its locks in the same commit.</summary>
    public static async Task AccountDoneAsync(IDocumentStore store, Guid jobId, string accountId, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForExclusiveWriting<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
        var job = stream.Aggregate;
        // A redelivered message for a finished job or an account already done changes nothing.
        if (job is null || job.Status != JobStatus.Running || job.DiscoveredAccountIds.Contains(accountId))
            return;
        stream.AppendOne(new AccountDiscovered(accountId, TimeProvider.System.GetUtcNow()));
        if (job.AccountIds.All(id => id == accountId || job.DiscoveredAccountIds.Contains(id)))
        {
            stream.AppendOne(new DiscoveryJobFinished(StatusOf(job), TimeProvider.System.GetUtcNow()));
            session.DeleteWhere<DiscoveryLock>(l => l.JobId == jobId);
        }
        await session.SaveChangesAsync(cancellation);
    }

    internal static JobStatus StatusOf(DiscoveryJobView job)
    {
        var failed = job.Scopes.Count(s => s.Outcome == ScopeOutcome.Failed);
        if (failed == 0)
            return JobStatus.Completed;
        return failed == job.Scopes.Count ? JobStatus.Failed : JobStatus.CompletedWithErrors;
    }
}
