using Inventory.Api.Accounts;
using Inventory.Api.DiscoveryJobs.DryRun;
using Inventory.Api.Scans;
using Inventory.Api.Secrets;
using Inventory.Discovery.Access;
using Inventory.Discovery.Scanning;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;
using Wolverine;
using Wolverine.Marten;

namespace Inventory.Api.DiscoveryJobs;

public static class DiscoverAccountHandler
{
    /// <summary>A scope is reconciled while AWS still pages through it, which takes long on a big account; Wolverine's default invoke timeout is seconds.</summary>
    private static readonly TimeSpan RecordTimeout = TimeSpan.FromHours(1);

    public static async Task Handle(DiscoverAccount message, IDocumentStore store, IMessageBus bus, IMartenOutbox outbox,
        AwsEndpoints endpoints, AccountSecrets secrets, IConfiguration configuration, CancellationToken cancellation)
    {
        var settings = JobSettings.From(configuration);
        var key = DiscoveryJobStreams.Key(message.JobId);
        await using var query = store.QuerySession();
        var job = await query.LoadAsync<DiscoveryJobView>(key, cancellation);
        // A redelivered message for a finished job or an account already done changes nothing.
        if (job is null || job.IsFinished || job.DiscoveredAccountIds.Contains(message.AccountId))
            return;

        await using var stop = new JobStop(store, job, settings.CancelCheckInterval, cancellation);
        var account = await AccountWrites.LoadAsync(query, message.AccountId, cancellation);
        if (account is { Removed: false })
        {
            var cause = Cause.DiscoveryJob(message.JobId.ToString("D"));
            var prepared = await AccountPreparation.PrepareAsync(account, query, secrets, endpoints, settings.DefaultRegions, cause, stop.Token);
            var planned = PlannedScope.For(prepared.Scan).Select(p => p.Scope).ToList();
            job = await JobWrites.AccountStartedAsync(store, message.JobId, message.AccountId, prepared.Scan.Regions, planned.Count, cancellation);
            if (job is null)
                return;
            var recorded = job.Scopes.Where(s => s.AccountId == message.AccountId).Select(s => new ScopeId(s.AccountId, s.Region, s.Service)).ToHashSet();
            var scan = prepared.Scan with { Skip = recorded };

            if (prepared.Failure is { } failure)
                await RecordFailuresAsync(store, bus, job, PlannedScope.For(scan).Select(p => p.Scope), failure, recorded, cancellation);
            else if (!stop.IsStopped)
                await ScanAsync(store, bus, job, scan, settings.ScopeConcurrency, stop, recorded, cancellation);

            var unfinished = planned.Where(s => !recorded.Contains(s)).ToList();
            if (unfinished.Count > 0)
                await RecordUnfinishedAsync(store, message.JobId, unfinished, cancellation);
        }
        await JobWrites.AccountDoneAsync(store, outbox, message.JobId, message.AccountId, cancellation);
    }

    private static async Task ScanAsync(IDocumentStore store, IMessageBus bus, DiscoveryJobView job, AccountScan scan, int concurrency,
        JobStop stop, HashSet<ScopeId> recorded, CancellationToken cancellation)
    {
        try
        {
            await foreach (var scopeScan in new AccountScanner(concurrency).ScanAsync(scan, stop.Token))
            {
                // A scope whose listing finished is recorded even if the job stops meanwhile: what was seen is true.
                var result = await RecordAsync(bus, job, scopeScan, stop.Token, cancellation);
                await JobWrites.AppendAsync(store, job.JobId, result, cancellation);
                recorded.Add(scopeScan.Scope);
                if (stop.IsStopped)
                    break;
            }
        }
        catch (OperationCanceledException) when (stop.IsStopped && !cancellation.IsCancellationRequested)
        {
        }
    }

    private static async Task<JobScopeRecorded> RecordAsync(IMessageBus bus, DiscoveryJobView job, ScopeScan scan, CancellationToken listingStop,
        CancellationToken cancellation)
    {
        try
        {
            var recorded = job.DryRun
                ? await bus.InvokeAsync<ScopeScanRecorded>(new PreviewScopeScan(job.JobId, scan), cancellation, RecordTimeout)
                : await bus.InvokeAsync<ScopeScanRecorded>(new RecordScopeScan(scan), cancellation, RecordTimeout);
            return JobScope(scan, recorded);
        }
        // A listing cut short by the job's stop is not a failure: the scope stays unfinished.
        catch (Exception e) when (!cancellation.IsCancellationRequested && !(e is OperationCanceledException && listingStop.IsCancellationRequested))
        {
            // The scope's transaction rolled back, so nothing of it landed; the job says so and goes on.
            return new JobScopeRecorded(scan.Scope.AccountId, scan.Scope.Region, scan.Scope.Service, ScopeOutcome.Failed, "RecordFailed",
                e.Message, scan.Observations?.Count ?? 0, 0, 0, 0, TimeProvider.System.GetUtcNow());
        }
        finally
        {
            // Whatever the recording did, nobody reads the rest of this listing.
            scan.Listing?.Abandon();
        }
    }

    private static async Task RecordFailuresAsync(IDocumentStore store, IMessageBus bus, DiscoveryJobView job, IEnumerable<ScopeId> scopes,
        (string Code, string Message) failure, HashSet<ScopeId> recorded, CancellationToken cancellation)
    {
        var at = TimeProvider.System.GetUtcNow();
        var cause = Cause.DiscoveryJob(job.JobId.ToString("D"));
        foreach (var scope in scopes)
        {
            var scan = ScopeScan.Failed(scope, at, cause, failure.Code, failure.Message);
            // A dry run leaves the scopes' own streams alone too.
            var result = job.DryRun
                ? new JobScopeRecorded(scope.AccountId, scope.Region, scope.Service, ScopeOutcome.Failed, failure.Code, failure.Message, 0, 0, 0, 0, at)
                : await RecordAsync(bus, job, scan, CancellationToken.None, cancellation);
            await JobWrites.AppendAsync(store, job.JobId, result, cancellation);
            recorded.Add(scope);
        }
    }

    private static async Task RecordUnfinishedAsync(IDocumentStore store, Guid jobId, IReadOnlyList<ScopeId> scopes, CancellationToken cancellation)
    {
        await using var query = store.QuerySession();
        var job = await query.LoadAsync<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
        if (job is null)
            return;
        var (code, why) = JobRules.StopReason(job);
        var at = TimeProvider.System.GetUtcNow();
        await JobWrites.AppendAsync(store, jobId,
            scopes.Select(s => new JobScopeRecorded(s.AccountId, s.Region, s.Service, ScopeOutcome.Unfinished, code, why, 0, 0, 0, 0, at)).ToList<object>(),
            cancellation);
    }

    private static JobScopeRecorded JobScope(ScopeScan scan, ScopeScanRecorded recorded) => new(
        scan.Scope.AccountId, scan.Scope.Region, scan.Scope.Service,
        recorded.Failed ? ScopeOutcome.Failed : ScopeOutcome.Clean, scan.Failure?.ErrorCode ?? recorded.Refused?.Code,
        scan.Failure?.Message ?? recorded.Refused?.Message,
        recorded.Counts.Observed, recorded.Counts.New + recorded.Counts.Reappeared, recorded.Counts.Changed, recorded.Counts.Gone,
        TimeProvider.System.GetUtcNow());
}
