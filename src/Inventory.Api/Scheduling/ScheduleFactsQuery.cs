using Inventory.Domain.Accounts;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Scheduling;
using Inventory.Domain.Settings;
using Marten;

namespace Inventory.Api.Scheduling;

/// <summary>Reads what <see cref="ScheduleRules"/> decides from, from inline documents only (jobs, locks, accounts).</summary>
internal static class ScheduleFactsQuery
{
    public static async Task<ScheduleFacts> LoadAsync(IQuerySession session, SchedulerState? state, DiscoveryInterval interval,
        DateTimeOffset now, CancellationToken cancellation)
    {
        var lastCompleted = await LastCompletedDiscoveryAsync(session, cancellation);
        // Every finished discovery asks for a cost refresh, so the newest one counts as a refresh too.
        var lastFinished = (await session.Query<DiscoveryJobView>()
            .Where(j => !j.DryRun && j.FinishedAt != null)
            .OrderByDescending(j => j.FinishedAt)
            .Select(j => new { j.FinishedAt })
            .FirstOrDefaultAsync(cancellation))?.FinishedAt;
        var running = await session.Query<DiscoveryLock>().AnyAsync(cancellation);
        var hasActive = await session.Query<AccountView>().AnyAsync(a => a.Active && !a.Removed, cancellation);
        var lastCosts = Latest(state?.LastCostsRequestedAt, lastFinished);
        return new ScheduleFacts(now, interval, lastCompleted, running, hasActive, lastCosts);
    }

    /// <summary>When the newest discovery that completed (with or without errors) finished; dry runs discover nothing.</summary>
    public static async Task<DateTimeOffset?> LastCompletedDiscoveryAsync(IQuerySession session, CancellationToken cancellation) =>
        (await session.Query<DiscoveryJobView>()
            .Where(j => !j.DryRun && (j.Status == JobStatus.Completed || j.Status == JobStatus.CompletedWithErrors))
            .OrderByDescending(j => j.FinishedAt)
            .Select(j => new { j.FinishedAt })
            .FirstOrDefaultAsync(cancellation))?.FinishedAt;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
