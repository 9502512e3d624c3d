using Inventory.Api.Secrets;
using Inventory.Discovery.Access;
using Inventory.Discovery.Costs;
using Inventory.Domain.Costs;
using Marten;

namespace Inventory.Api.Costs;

public static class RefreshCostsHandler
{
    /// <summary>
    /// Fetches each management account's costs, a few at once, and records every outcome on its cost stream. At the time limit
    /// the fetches still running stop and are recorded as timed out; earlier figures stay. When the host stops instead, nothing
    /// is recorded for them and the durable message runs again on the next start.
    /// </summary>
    public static async Task Handle(RefreshCosts message, IDocumentStore store, AccountSecrets secrets, AwsEndpoints endpoints,
        IConfiguration configuration, IHostApplicationLifetime lifetime)
    {
        // Wolverine's own token ends at its execution timeout (a minute), which may be shorter than the refresh's limit.
        var hostStopping = lifetime.ApplicationStopping;
        var settings = CostSettings.From(configuration);
        RefreshTarget target;
        await using (var query = store.QuerySession())
            target = await CostTargets.ChooseAsync(query, message.AccountId, hostStopping);
        // Removed, demoted or deactivated since the request: nothing is left to refresh.
        if (target is not RefreshTarget.Accounts accounts)
            return;

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(hostStopping);
        limit.CancelAfter(settings.TimeLimit);
        var window = CostWindow.At(TimeProvider.System.GetUtcNow());
        var fetch = new CostFetch(store, new CostExplorer(), secrets, endpoints);
        await Parallel.ForEachAsync(accounts.ManagementAccountIds,
            new ParallelOptions { MaxDegreeOfParallelism = CostSettings.AccountConcurrency, CancellationToken = hostStopping },
            async (accountId, _) =>
            {
                object outcome;
                try
                {
                    outcome = await fetch.RunAsync(accountId, message, window, limit.Token);
                }
                catch (OperationCanceledException) when (!hostStopping.IsCancellationRequested)
                {
                    outcome = CostDecisions.TimedOut(accountId, message.RefreshId, settings.TimeLimit, TimeProvider.System.GetUtcNow(), message.Cause);
                }
                await CostWrites.AppendAsync(store, accountId, outcome, hostStopping);
            });
    }
}
