using Inventory.Domain.Assets;

namespace Inventory.Domain.Costs;

/// <summary>Turns what Cost Explorer answered, or why it did not, into the event a management account's cost stream records.</summary>
internal static class CostDecisions
{
    public const string TimeLimitCode = "TimeLimitExceeded";
    public const string MixedCurrenciesCode = "MixedCurrencies";

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Sums each period's groups across pages by key, this month and last month picked by their start; a period AWS left out
    /// cost nothing. Amounts in more than one currency cannot be totalled, so they are recorded as a failure instead.
    /// </summary>
    public static object Fetched(string managementAccountId, Guid refreshId, CostWindow window, MonthlyCosts costs, DateTimeOffset at, Cause cause)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(costs);
        var units = costs.ByLinkedAccount.Groups.Concat(costs.ByService.Groups).Select(g => g.Unit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (units.Count > 1)
            return new CostsFetchFailed(managementAccountId, refreshId, at, MixedCurrenciesCode,
                $"Cost Explorer reported amounts in {string.Join(", ", units)}; figures in one currency only can be totalled.", cause);
        return new CostsFetched(managementAccountId, refreshId, at, units.SingleOrDefault(),
            Period(window.ThisMonth, window.End, costs), Period(window.LastMonth, window.ThisMonth, costs), cause);
    }

    public static CostsFetchFailed Failed(string managementAccountId, Guid refreshId, string errorCode, string message, DateTimeOffset at, Cause cause) =>
        new(managementAccountId, refreshId, at, errorCode, message, cause);

    public static CostsFetchFailed TimedOut(string managementAccountId, Guid refreshId, TimeSpan limit, DateTimeOffset at, Cause cause) =>
        new(managementAccountId, refreshId, at, TimeLimitCode, $"Cost Explorer did not answer within the refresh's time limit of {Describe(limit)}.", cause);

    private static PeriodCosts Period(DateOnly start, DateOnly defaultEnd, MonthlyCosts costs)
    {
        var answered = costs.ByLinkedAccount.Periods.Concat(costs.ByService.Periods).Where(p => p.Start == start).ToList();
        var byAccount = Lines(costs.ByLinkedAccount.Groups, start);
        return new PeriodCosts(
            start,
            answered.Count > 0 ? answered.Max(p => p.End) : defaultEnd,
            answered.Any(p => p.Estimated),
            byAccount.Sum(l => l.Amount),
            byAccount,
            Lines(costs.ByService.Groups, start));
    }

    // A key's amounts from several pages add up; its name is the first one AWS gave.
    private static List<CostLine> Lines(IEnumerable<CostGroup> groups, DateOnly periodStart) =>
        groups.Where(g => g.PeriodStart == periodStart)
            .GroupBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CostLine(g.Key, g.Select(x => x.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)), g.Sum(x => x.Amount)))
            .OrderByDescending(l => l.Amount)
            .ThenBy(l => l.Key, StringComparer.Ordinal)
            .ToList();

    private static string Describe(TimeSpan span) => span.TotalMinutes >= 1 && span.Seconds == 0
        ? Count((int)span.TotalMinutes, "minute")
        : Count((int)Math.Ceiling(span.TotalSeconds), "second");

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
