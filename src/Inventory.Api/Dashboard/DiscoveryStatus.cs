using Inventory.Api.Scheduling;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Scheduling;
using Inventory.Domain.Settings;
using Marten;

namespace Inventory.Api.Dashboard;

/// <param name="Visibility">Whether what the job recorded shows in the register yet, or how far the read models still have to go.</param>
public sealed record DiscoveryJobSummary(Guid Id, JobStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<string> AccountIds,
    JobVisibility? Visibility)
{
    internal static DiscoveryJobSummary From(DiscoveryJobView job) => new(job.JobId, job.Status, job.StartedAt, job.FinishedAt, job.AccountIds, job.Visibility);
}

/// <summary>
/// The newest finished discovery, those running now (newest first), the interval in force and the hourly check that would start
/// the next one. Dry runs change nothing, so they are left out.
/// </summary>
public sealed record DiscoveryStatus(DiscoveryJobSummary? Last, IReadOnlyList<DiscoveryJobSummary> Running, DateTimeOffset? Next, DiscoveryInterval Scheduling)
{
    internal static async Task<DiscoveryStatus> LoadAsync(IQuerySession session, IConfiguration configuration, CatchUpPace pace, CancellationToken cancellation)
    {
        var last = await session.Query<DiscoveryJobView>()
            .Where(j => j.FinishedAt != null && !j.DryRun)
            .OrderByDescending(j => j.FinishedAt)
            .FirstOrDefaultAsync(cancellation);
        var running = await session.Query<DiscoveryJobView>()
            .Where(j => (j.Status == JobStatus.Pending || j.Status == JobStatus.Running) && !j.DryRun)
            .OrderByDescending(j => j.StartedAt)
            .ToListAsync(cancellation);
        await DiscoveryJobs.JobVisibilityQuery.AddAsync(session, pace, [.. running, .. last is null ? Array.Empty<DiscoveryJobView>() : [last]], cancellation);
        var interval = await ScheduleIntervalSource.CurrentAsync(session, configuration, cancellation);
        var lastCompleted = await ScheduleFactsQuery.LastCompletedDiscoveryAsync(session, cancellation);
        var next = ScheduleRules.NextDiscoveryAt(interval, lastCompleted, TimeProvider.System.GetUtcNow());
        return new DiscoveryStatus(last is null ? null : DiscoveryJobSummary.From(last), running.Select(DiscoveryJobSummary.From).ToList(), next, interval);
    }
}
