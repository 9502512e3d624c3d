using System.Globalization;
using System.Text.Json;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Costs;

namespace Inventory.Discovery.Costs;

/// <summary>
/// Collects the pages of one grouped GetCostAndUsage: ResultsByTime[] (TimePeriod, Estimated, Groups[] with Keys and
/// Metrics.{metric}.{Amount, Unit}) and DimensionValueAttributes[] (a linked account's name as "description").
/// </summary>
internal sealed class CostAndUsageAnswer(string metric)
{
    private const string DateFormat = "yyyy-MM-dd";

    private readonly Dictionary<DateOnly, CostPeriod> periods = [];
    private readonly List<(DateOnly PeriodStart, string Key, decimal Amount, string Unit)> groups = [];
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public void Read(JsonElement page)
    {
        foreach (var result in page.ArrayAt("ResultsByTime"))
        {
            var period = Period(result);
            // A period on several pages is estimated if any page says so.
            periods[period.Start] = periods.TryGetValue(period.Start, out var seen) ? seen with { Estimated = seen.Estimated || period.Estimated } : period;
            foreach (var group in result.ArrayAt("Groups"))
            {
                var key = group.ArrayAt("Keys").Select(k => k.ValueKind == JsonValueKind.String ? k.GetString() : null).FirstOrDefault()
                          ?? throw Malformed("a group without Keys");
                var (amount, unit) = Amount(group, key);
                groups.Add((period.Start, key, amount, unit));
            }
        }
        foreach (var attribute in page.ArrayAt("DimensionValueAttributes"))
        {
            if (attribute.StringAt("Value") is { } value
                && attribute.TryGetProperty("Attributes", out var attributes)
                && attributes.StringAt("description") is { Length: > 0 } description)
                names[value] = description;
        }
    }

    public CostBreakdown Breakdown() => new(
        periods.Values.OrderBy(p => p.Start).ToList(),
        groups.Select(g => new CostGroup(g.PeriodStart, g.Key, names.GetValueOrDefault(g.Key), g.Amount, g.Unit)).ToList());

    private static CostPeriod Period(JsonElement result)
    {
        result.TryGetProperty("TimePeriod", out var time);
        return new CostPeriod(ParseDate(time.StringAt("Start"), "TimePeriod.Start"), ParseDate(time.StringAt("End"), "TimePeriod.End"),
            result.TryGetProperty("Estimated", out var estimated) && estimated.ValueKind == JsonValueKind.True);
    }

    private (decimal Amount, string Unit) Amount(JsonElement group, string key)
    {
        if (!group.TryGetProperty("Metrics", out var metrics) || !metrics.TryGetProperty(metric, out var value))
            throw Malformed($"group {key} without Metrics.{metric}");
        // Amounts are decimal strings ("0.0000001234"); a double would round away what the bill shows.
        if (!decimal.TryParse(value.StringAt("Amount"), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            throw Malformed($"group {key} with the amount '{value.StringAt("Amount")}'");
        return (amount, value.StringAt("Unit") ?? throw Malformed($"group {key} without a unit"));
    }

    private static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Malformed($"{field} '{text}'");

    // Reported like an AWS error so the account's failure names what went wrong in AWS's style.
    private static AwsServiceException Malformed(string what) =>
        new("MalformedCostAndUsage", 200, $"Cost Explorer answered {what}.", null);
}
