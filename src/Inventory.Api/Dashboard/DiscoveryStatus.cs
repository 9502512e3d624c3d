using Inventory.Domain.DiscoveryJobs;
using Marten;

namespace Inventory.Api.Dashboard;

public sealed record DiscoveryJobSummary(Guid Id, JobStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<string> AccountIds)
{
    internal static DiscoveryJobSummary From(DiscoveryJobView job) => new(job.JobId, job.Status, job.StartedAt, job.FinishedAt, job.AccountIds);
}

/// <summary>Whether anything starts discoveries on its own; until a scheduler exists nothing does, and no next time is made up.</summary>
public enum DiscoveryScheduling
{
    NotConfigured,
}

/// <summary>The newest finished discovery, those running now (newest first) and the next one a schedule would start. Dry runs change nothing, so they are left out.</summary>
public sealed record DiscoveryStatus(DiscoveryJobSummary? Last, IReadOnlyList<DiscoveryJobSummary> Running, DateTimeOffset? Next, DiscoveryScheduling Scheduling)
{
    internal static async Task<DiscoveryStatus> LoadAsync(IQuerySession session, CancellationToken cancellation)
    {
        var last = await session.Query<DiscoveryJobView>()
            .Where(j => j.FinishedAt != null && !j.DryRun)
            .OrderByDescending(j => j.FinishedAt)
            .FirstOrDefaultAsync(cancellation);
        var running = await session.Query<DiscoveryJobView>()
            .Where(j => (j.Status == JobStatus.Pending || j.Status == JobStatus.Running) && !j.DryRun)
            .OrderByDescending(j => j.StartedAt)
            .ToListAsync(cancellation);
        return new DiscoveryStatus(last is null ? null : DiscoveryJobSummary.From(last), running.Select(DiscoveryJobSummary.From).ToList(), null,
            DiscoveryScheduling.NotConfigured);
    }
}
