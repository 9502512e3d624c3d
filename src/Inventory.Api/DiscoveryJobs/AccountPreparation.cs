using Amazon.Runtime;
using Inventory.Api.Accounts;
using Inventory.Api.Secrets;
using Inventory.Discovery.Access;
using Inventory.Discovery.Scanning;
using Inventory.Domain.Accounts;
using Inventory.Domain.Assets;
using Marten;

namespace Inventory.Api.DiscoveryJobs;

/// <summary>
/// An account ready to scan: credentials resolved and regions chosen. An account that cannot be reached still gets its
/// scan planned (the regions it would have had), so every scope is recorded as failed and nothing in it is marked gone.
/// </summary>
internal sealed record AccountPreparation(AccountScan Scan, (string Code, string Message)? Failure)
{
    public static async Task<AccountPreparation> PrepareAsync(AccountView account, IQuerySession query, AccountSecrets secrets,
        AwsEndpoints endpoints, IReadOnlyList<string>? defaults, Cause cause, CancellationToken cancellation)
    {
        var collectors = Collectors.All();
        try
        {
            var credentials = await AccountCredentials.ResolveAsync(account.AccountId, account.Credentials,
                async (id, ct) => (await AccountWrites.LoadAsync(query, id, ct)) is { Removed: false } m ? m.Credentials : null,
                secrets.Reveal, endpoints, cancellation);
            var regions = await RegionChoice.For(account.Regions, defaults, () => EnabledRegions.ListAsync(
                new ScopeAccess(account.AccountId, AccountCredentials.StsRegion, credentials, endpoints), cancellation));
            return new AccountPreparation(new AccountScan(account.AccountId, credentials, endpoints, regions, collectors, cause), null);
        }
        catch (AccountCredentialsException e)
        {
            return Unreachable(account, endpoints, defaults, collectors, cause, (e.ErrorCode, e.Message));
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            return Unreachable(account, endpoints, defaults, collectors, cause, (ScanErrors.CodeOf(e), e.Message));
        }
        catch (OperationCanceledException)
        {
            // Stopped before the regions were known: the scopes it would have had are left unfinished.
            return Unreachable(account, endpoints, defaults, collectors, cause, null);
        }
    }

    private static AccountPreparation Unreachable(AccountView account, AwsEndpoints endpoints, IReadOnlyList<string>? defaults,
        IReadOnlyList<Discovery.Collecting.ICollector> collectors, Cause cause, (string, string)? failure)
    {
        var regions = account.Regions is { Count: > 0 } ? account.Regions : defaults ?? [];
        return new AccountPreparation(new AccountScan(account.AccountId, new AnonymousAWSCredentials(), endpoints, regions, collectors, cause), failure);
    }
}
