using Amazon.Runtime;
using Inventory.Api.Accounts;
using Inventory.Api.Scans;
using Inventory.Api.Secrets;
using Inventory.Discovery.Access;
using Inventory.Discovery.Scanning;
using Inventory.Domain.Accounts;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Reconciliation;
using Marten;
using Wolverine;

namespace Inventory.Api.DiscoveryJobs;

public static class DiscoverAccountHandler
{
    internal const string DefaultRegionsKey = "Inventory:Discovery:DefaultRegions";

    /// <summary>A scope's reconciliation can take long on a big account; Wolverine's default invoke timeout is seconds.</summary>
    private static readonly TimeSpan RecordTimeout = TimeSpan.FromMinutes(10);

    public static async Task Handle(DiscoverAccount message, IDocumentStore store, IMessageBus bus, AwsEndpoints endpoints,
        AccountSecrets secrets, IConfiguration configuration, CancellationToken cancellation)
    {
        var cause = Cause.DiscoveryJob(message.JobId.ToString("D"));
        await using (var query = store.QuerySession())
        {
            var account = await AccountWrites.LoadAsync(query, message.AccountId, cancellation);
            if (account is { Removed: false })
            {
                var defaults = configuration.GetSection(DefaultRegionsKey).Get<string[]>();
                await foreach (var scan in ScanAsync(account, query, secrets, endpoints, defaults, cause, cancellation))
                {
                    var recorded = await bus.InvokeAsync<ScopeScanRecorded>(new RecordScopeScan(scan), cancellation, RecordTimeout);
                    await JobWrites.AppendAsync(store, message.JobId, JobScope(scan, recorded), cancellation);
                }
            }
        }
        await JobWrites.AccountDoneAsync(store, message.JobId, message.AccountId, cancellation);
    }

    private static async IAsyncEnumerable<ScopeScan> ScanAsync(AccountView account, IQuerySession query, AccountSecrets secrets,
        AwsEndpoints endpoints, IReadOnlyList<string>? defaults, Cause cause,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var collectors = Collectors.All();
        AccountScan? scan = null;
        (string Code, string Message)? failure = null;
        try
        {
            var credentials = await AccountCredentials.ResolveAsync(account.AccountId, account.Credentials,
                async (id, ct) => (await AccountWrites.LoadAsync(query, id, ct)) is { Removed: false } m ? m.Credentials : null,
                secrets.Reveal, endpoints, cancellation);
            var regions = await RegionChoice.For(account.Regions, defaults, () => EnabledRegions.ListAsync(
                new ScopeAccess(account.AccountId, AccountCredentials.StsRegion, credentials, endpoints), cancellation));
            scan = new AccountScan(account.AccountId, credentials, endpoints, regions, collectors, cause);
        }
        catch (AccountCredentialsException e)
        {
            failure = (e.ErrorCode, e.Message);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            failure = (ScanErrors.CodeOf(e), e.Message);
        }

        if (scan is not null)
        {
            await foreach (var scopeScan in new AccountScanner().ScanAsync(scan, cancellation))
                yield return scopeScan;
            yield break;
        }

        // Unreachable account: every scope we would have scanned is failed, so nothing in it is marked gone.
        var regionsKnown = account.Regions is { Count: > 0 } ? account.Regions : defaults ?? [];
        var planned = PlannedScope.For(new AccountScan(account.AccountId, new AnonymousAWSCredentials(), endpoints, regionsKnown, collectors, cause));
        var at = TimeProvider.System.GetUtcNow();
        foreach (var scope in planned)
            yield return ScopeScan.Failed(scope.Scope, at, cause, failure!.Value.Code, failure.Value.Message);
    }

    private static JobScopeRecorded JobScope(ScopeScan scan, ScopeScanRecorded recorded) => new(
        scan.Scope.AccountId, scan.Scope.Region, scan.Scope.Service,
        recorded.Failed ? ScopeOutcome.Failed : ScopeOutcome.Clean, scan.Failure?.ErrorCode, scan.Failure?.Message,
        recorded.Counts.Observed, recorded.Counts.New + recorded.Counts.Reappeared, recorded.Counts.Changed, recorded.Counts.Gone,
        TimeProvider.System.GetUtcNow());
}
