using Amazon.Runtime;
using Inventory.Api.Accounts;
using Inventory.Api.Secrets;
using Inventory.Discovery.Access;
using Inventory.Discovery.Costs;
using Inventory.Discovery.Scanning;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Accounts;
using Inventory.Domain.Costs;
using Marten;

namespace Inventory.Api.Costs;

/// <summary>One management account's fetch: its credentials, Cost Explorer, and the event that records what came of it.</summary>
internal sealed class CostFetch(IDocumentStore store, ICostExplorer explorer, AccountSecrets secrets, AwsEndpoints endpoints)
{
    /// <param name="stop">Ends the fetch at the refresh's time limit or when the host stops; the caller tells which.</param>
    /// <returns>CostsFetched or CostsFetchFailed; throws OperationCanceledException only when <paramref name="stop"/> fired.</returns>
    public async Task<object> RunAsync(string managementAccountId, RefreshCosts refresh, CostWindow window, CancellationToken stop)
    {
        try
        {
            await using var query = store.QuerySession();
            var account = await AccountWrites.LoadAsync(query, managementAccountId, stop);
            if (account is not { Removed: false, Kind: AccountKind.Management })
                return Failed(managementAccountId, refresh, "AccountNotFound", $"Management account {managementAccountId} is no longer registered.");
            // The same credentials discovery and test-connection use for this account.
            var credentials = await AccountCredentials.ResolveAsync(account.AccountId, account.Credentials,
                async (id, ct) => (await AccountWrites.LoadAsync(query, id, ct)) is { Removed: false } m ? m.Credentials : null,
                secrets.Reveal, endpoints, stop);
            var costs = await explorer.MonthlyCostsAsync(new ScopeAccess(account.AccountId, CostExplorer.Region, credentials, endpoints), window, stop);
            return CostDecisions.Fetched(managementAccountId, refresh.RefreshId, window, costs, TimeProvider.System.GetUtcNow(), refresh.Cause);
        }
        catch (AwsServiceException e)
        {
            return Failed(managementAccountId, refresh, e.ErrorCode, e.Message);
        }
        catch (AccountCredentialsException e)
        {
            return Failed(managementAccountId, refresh, e.ErrorCode, e.Message);
        }
        // No AWS answer at all (no default credentials, endpoint unreachable, a client timeout): named by its kind.
        catch (Exception e) when (e is AmazonClientException or HttpRequestException or OperationCanceledException && !stop.IsCancellationRequested)
        {
            return Failed(managementAccountId, refresh, ScanErrors.CodeOf(e), e.Message);
        }
    }

    private static CostsFetchFailed Failed(string managementAccountId, RefreshCosts refresh, string code, string message) =>
        CostDecisions.Failed(managementAccountId, refresh.RefreshId, code, message, TimeProvider.System.GetUtcNow(), refresh.Cause);
}
