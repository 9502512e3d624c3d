using Inventory.Api.Accounts.Removal;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Microsoft.AspNetCore.Hosting;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Accounts.Removal;

/// <summary>
/// The real host marking a removed account's assets gone two at a time, so a handful of assets crosses several batches;
/// with ways to give an account assets and to remove it waiting for every message and projection that follows.
/// </summary>
public sealed class RemovalApp : InventoryApp
{
    public const int BatchSize = 2;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Inventory:Accounts:MarkGoneBatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task RegisterAsync(string accountId) => Host.PostAsync("/api/accounts", Management(accountId), 201);

    /// <summary>A clean scan of the account's EC2 in a region listing these instances; returns their asset ids.</summary>
    public async Task<List<string>> ScanAsync(string accountId, string region, DateTimeOffset at, params string[] instanceIds)
    {
        var scope = new ScopeId(accountId, region, "ec2");
        var observations = instanceIds.Select(id => Harness.Scans.Instance(id, account: accountId) with
        {
            Arn = $"arn:aws:ec2:{region}:{accountId}:instance/{id}",
        }).ToArray();
        await RecordAsync(ScopeScan.Clean(scope, at, Cause.DiscoveryJob("job-" + at.ToUnixTimeSeconds()), observations));
        return observations.Select(o => AssetKey.For(scope, o)!).ToList();
    }

    /// <summary>DELETEs the account and returns once every message it caused is handled and the async projections caught up.</summary>
    public async Task<ITrackedSession> RemoveAsync(string accountId, bool markAssetsGone) =>
        await Host.TrackActivity()
            .Timeout(Timeout)
            .WaitForNonStaleDaemonDataAfterExecution(Timeout)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ =>
                Host.DeleteAsync($"/api/accounts/{accountId}?markAssetsGone={(markAssetsGone ? "true" : "false")}", 204)));

    /// <summary>Hands a marking message to the host again, as a redelivery would, and waits for everything it causes.</summary>
    public Task<ITrackedSession> RedeliverAsync(MarkAccountAssetsGone message) =>
        Host.TrackActivity()
            .Timeout(Timeout)
            .WaitForNonStaleDaemonDataAfterExecution(Timeout)
            .InvokeMessageAndWaitAsync(message);
}
