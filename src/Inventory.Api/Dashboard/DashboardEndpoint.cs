using Inventory.Api.Assets.ListAssets;
using Inventory.Domain.Accounts;
using Inventory.Domain.Costs;
using Inventory.Domain.Dashboard;
using Inventory.Domain.DiscoveryJobs;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Dashboard;

/// <summary>The dashboard: asset counts, recent activity, costs and discovery, all read from the read models at the moment asked.</summary>
/// <remarks>Public with its response: Wolverine's generated handler code names them.</remarks>
public sealed record DashboardResponse(AssetCounts Counts, RecentActivity Activity, CostTotals Costs, DiscoveryStatus Discovery);

public static class DashboardEndpoint
{
    [WolverineGet("/api/dashboard")]
    public static async Task<DashboardResponse> Get(IQuerySession session, IConfiguration configuration, CatchUpPace pace, CancellationToken cancellation)
    {
        var now = DateTimeOffset.UtcNow;
        var schema = AssetGroupQuery.SchemaOf(session);
        var categories = await CategoryDefaults.LoadAsync(session, cancellation);
        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var groups = await AssetGroupQuery.RunAsync(connection, schema, cancellation);
        var activity = await ActivityQuery.RunAsync(connection, schema, now, cancellation);
        return new DashboardResponse(AssetCounting.Count(groups, categories), activity, await CostsAsync(session, cancellation),
            await DiscoveryStatus.LoadAsync(session, configuration, pace, cancellation));
    }

    // Only registered management accounts count: a removed one's last figures stay in its stream but are no longer the organisation's.
    private static async Task<CostTotals> CostsAsync(IQuerySession session, CancellationToken cancellation)
    {
        var management = (await session.Query<AccountView>()
            .Where(a => a.Kind == AccountKind.Management && !a.Removed)
            .Select(a => a.AccountId)
            .ToListAsync(cancellation)).ToHashSet(StringComparer.Ordinal);
        var views = await session.Query<CostView>().ToListAsync(cancellation);
        return CostTotalling.Total(views.Where(v => management.Contains(v.ManagementAccountId)));
    }
}
