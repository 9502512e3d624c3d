using Inventory.Domain.Assets;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Inventory.Domain.Dashboard;

/// <summary>Asset counts by service, account and region, each split by status. One document for the whole inventory.</summary>
public sealed class DashboardCounts
{
    public const string SingletonId = "inventory";

    public string Id { get; set; } = SingletonId;
    public Dictionary<string, int> Total { get; set; } = [];
    public Dictionary<string, Dictionary<string, int>> ByService { get; set; } = [];
    public Dictionary<string, Dictionary<string, int>> ByAccount { get; set; } = [];
    public Dictionary<string, Dictionary<string, int>> ByRegion { get; set; } = [];

    internal void Move(string service, string account, string region, AssetStatus? from, AssetStatus to)
    {
        foreach (var counts in new[] { Total, Slot(ByService, service), Slot(ByAccount, account), Slot(ByRegion, region) })
        {
            if (from is { } old)
                counts[old.ToString()] = counts.GetValueOrDefault(old.ToString()) - 1;
            counts[to.ToString()] = counts.GetValueOrDefault(to.ToString()) + 1;
        }
    }

    private static Dictionary<string, int> Slot(Dictionary<string, Dictionary<string, int>> dimension, string key)
    {
        if (!dimension.TryGetValue(key, out var counts))
            dimension[key] = counts = [];
        return counts;
    }
}

public sealed partial class DashboardCountsProjection : MultiStreamProjection<DashboardCounts, string>
{
    public DashboardCountsProjection()
    {
        Identity<AssetSeen>(_ => DashboardCounts.SingletonId);
        Identity<AssetGone>(_ => DashboardCounts.SingletonId);
        IncludeType<AssetSeen>();
        IncludeType<AssetGone>();
    }

    public override DashboardCounts? Evolve(DashboardCounts? snapshot, string id, IEvent e)
    {
        snapshot ??= new DashboardCounts { Id = id };
        switch (e.Data)
        {
            case AssetSeen seen:
                snapshot.Move(seen.Service, seen.AccountId, seen.Region, seen.Reappeared ? AssetStatus.Gone : null, AssetStatus.Active);
                break;
            case AssetGone gone:
                snapshot.Move(gone.Service, gone.AccountId, gone.Region, AssetStatus.Active, AssetStatus.Gone);
                break;
        }
        return snapshot;
    }
}
