using Inventory.Domain.Costs;

namespace Inventory.Domain.Dashboard;

/// <summary>One linked account's spend from its management account's last good fetch.</summary>
public sealed record AccountSpend(string AccountId, string? Name, string ManagementAccountId, string? Currency, decimal ThisMonth, decimal LastMonth);

/// <summary>
/// Spend across every management account's last good fetch. Totals are null until one fetch succeeded, and when the figures come in
/// more than one currency, which cannot be added up. FetchedAt is the oldest fetch the figures come from.
/// </summary>
public sealed record CostTotals(string? Currency, DateTimeOffset? FetchedAt, decimal? ThisMonth, decimal? LastMonth, IReadOnlyList<AccountSpend> ByAccount);

internal static class CostTotalling
{
    public static CostTotals Total(IEnumerable<CostView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var fetched = views.Where(v => v.FetchedAt is not null).OrderBy(v => v.ManagementAccountId, StringComparer.Ordinal).ToList();
        var byAccount = fetched.SelectMany(Spends)
            .OrderByDescending(s => s.ThisMonth).ThenByDescending(s => s.LastMonth).ThenBy(s => s.AccountId, StringComparer.Ordinal)
            .ToList();
        if (fetched.Count == 0)
            return new CostTotals(null, null, null, null, byAccount);
        // A fetch that found no cost at all names no currency; it adds zero to any other.
        var currencies = fetched.Select(v => v.Currency).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var fetchedAt = fetched.Min(v => v.FetchedAt);
        if (currencies.Count > 1)
            return new CostTotals(null, fetchedAt, null, null, byAccount);
        return new CostTotals(currencies.SingleOrDefault(), fetchedAt,
            fetched.Sum(v => v.ThisMonth?.Total ?? 0m), fetched.Sum(v => v.LastMonth?.Total ?? 0m), byAccount);
    }

    private static IEnumerable<AccountSpend> Spends(CostView view)
    {
        var thisMonth = view.ThisMonth?.ByLinkedAccount ?? [];
        var lastMonth = view.LastMonth?.ByLinkedAccount ?? [];
        return thisMonth.Concat(lastMonth)
            .GroupBy(l => l.Key, StringComparer.Ordinal)
            .Select(g => new AccountSpend(
                g.Key, g.Select(l => l.Name).FirstOrDefault(n => n is not null), view.ManagementAccountId, view.Currency,
                thisMonth.Where(l => l.Key == g.Key).Sum(l => l.Amount), lastMonth.Where(l => l.Key == g.Key).Sum(l => l.Amount)));
    }
}
