using Inventory.Domain.Assets;

namespace Inventory.Domain.Dashboard;

/// <summary>How many assets share one service, account, region, category a person chose, criticality and status.</summary>
/// <param name="Category">The category a person chose; "" when none, so the service's default applies.</param>
/// <param name="Criticality">"" when no one set it.</param>
internal sealed record AssetGroup(string Service, string AccountId, string Region, string Category, string Criticality, AssetStatus Status, long Count);

/// <summary>Assets with one value of a dimension, in total and by status; a null key means unset (no category, no criticality, no account).</summary>
public sealed record CountLine(string? Key, long Total, long Active, long Inactive, long Gone, long Decommissioned);

public sealed record StatusCounts(long Total, long Active, long Inactive, long Gone, long Decommissioned);

public sealed record AssetCounts(
    StatusCounts Totals,
    IReadOnlyList<CountLine> ByService,
    IReadOnlyList<CountLine> ByAccount,
    IReadOnlyList<CountLine> ByRegion,
    IReadOnlyList<CountLine> ByCategory,
    IReadOnlyList<CountLine> ByCriticality,
    IReadOnlyList<CountLine> ByStatus);

/// <summary>Folds the asset groups the database counted into the dashboard's dimensions.</summary>
internal static class AssetCounting
{
    /// <param name="serviceCategories">Each service's default category, for assets no one categorised.</param>
    public static AssetCounts Count(IEnumerable<AssetGroup> groups, IReadOnlyDictionary<string, string> serviceCategories)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(serviceCategories);
        var list = groups.ToList();
        var totals = Tally(list);
        return new AssetCounts(
            new StatusCounts(totals.Total, totals.Active, totals.Inactive, totals.Gone, totals.Decommissioned),
            By(list, g => g.Service),
            By(list, g => g.AccountId),
            By(list, g => g.Region),
            By(list, g => EffectiveCategory(g, serviceCategories)),
            By(list, g => g.Criticality),
            // Every status appears, even at zero, so the UI draws a stable legend.
            Enum.GetValues<AssetStatus>().Select(s => Line(s.ToString(), list.Where(g => g.Status == s))).ToList());
    }

    /// <summary>The category a person chose wins; else the service's default; else none.</summary>
    public static string EffectiveCategory(AssetGroup group, IReadOnlyDictionary<string, string> serviceCategories)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(serviceCategories);
        return group.Category.Length > 0 ? group.Category : serviceCategories.GetValueOrDefault(group.Service) ?? "";
    }

    // Largest first, then by key, so equal counts keep a stable order.
    private static List<CountLine> By(List<AssetGroup> groups, Func<AssetGroup, string> key) =>
        groups.GroupBy(key, StringComparer.Ordinal)
            .Select(g => Line(g.Key.Length == 0 ? null : g.Key, g))
            .OrderByDescending(l => l.Total)
            .ThenBy(l => l.Key, StringComparer.Ordinal)
            .ToList();

    private static CountLine Line(string? key, IEnumerable<AssetGroup> groups)
    {
        var tally = Tally(groups);
        return new CountLine(key, tally.Total, tally.Active, tally.Inactive, tally.Gone, tally.Decommissioned);
    }

    private static (long Total, long Active, long Inactive, long Gone, long Decommissioned) Tally(IEnumerable<AssetGroup> groups)
    {
        long active = 0, inactive = 0, gone = 0, decommissioned = 0;
        foreach (var group in groups)
        {
            switch (group.Status)
            {
                case AssetStatus.Active: active += group.Count; break;
                case AssetStatus.Inactive: inactive += group.Count; break;
                case AssetStatus.Gone: gone += group.Count; break;
                case AssetStatus.Decommissioned: decommissioned += group.Count; break;
            }
        }
        return (active + inactive + gone + decommissioned, active, inactive, gone, decommissioned);
    }
}
