using Inventory.Api.Costs;
using Inventory.Api.DiscoveryJobs;
using Inventory.Domain.Assets;
using Inventory.Domain.Scheduling;
using Marten;
using Wolverine.Marten;

namespace Inventory.Api.Scheduling;

public static class CheckScheduleHandler
{
    public static readonly Cause SchedulerCause = new(CauseKind.System, "scheduler");

    /// <summary>
    /// Runs one occurrence of the hourly check at most once across every instance: the scheduler stream is locked for the check,
    /// and an occurrence it already holds is skipped. Starts a discovery of every active account when one is due, and asks
    /// for a cost refresh when the last is six hours old.
    /// </summary>
    public static async Task Handle(CheckSchedule check, IDocumentStore store, IMartenOutbox outbox, IConfiguration configuration,
        ILogger<CheckSchedule> logger, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForExclusiveWriting<SchedulerState>(SchedulerStreams.Key, cancellation);
        if (stream.Aggregate?.LastOccurrence >= check.Occurrence)
            return;

        var now = TimeProvider.System.GetUtcNow();
        var interval = await ScheduleIntervalSource.CurrentAsync(session, configuration, cancellation);
        var facts = await ScheduleFactsQuery.LoadAsync(session, stream.Aggregate, interval, now, cancellation);
        var decision = ScheduleRules.Decide(facts);
        var reason = decision.Reason;
        Guid? jobId = null;
        if (decision.StartDiscovery)
        {
            var outcome = await DiscoveryJobStart.StartAsync(store, outbox, JobSettings.From(configuration), null, false, SchedulerCause, cancellation);
            (jobId, reason) = outcome switch
            {
                JobStartOutcome.Started started => (started.JobId, reason + $"; started discovery job {started.JobId}"),
                JobStartOutcome.AlreadyRunning running => ((Guid?)null, $"a discovery job started meanwhile ({running.JobId})"),
                JobStartOutcome.Invalid invalid => (null, invalid.Message),
                _ => (null, reason),
            };
        }

        // Never both (a discovery refreshes costs when it ends), so the outbox serves one commit: the job's or this check's.
        if (decision.RefreshCosts)
        {
            outbox.Enroll(session);
            await outbox.PublishAsync(RefreshCosts.All(SchedulerCause));
        }
        stream.AppendOne(new ScheduledCheckRan(check.Occurrence, now, jobId, decision.RefreshCosts, reason));
        await session.SaveChangesAsync(cancellation);
        logger.LogInformation("Scheduled check for {Occurrence:u}: {Reason}", check.Occurrence, reason);
    }
}
