using System.Globalization;
using System.Text.Json.Nodes;
using Inventory.StubAws.Core;

namespace Inventory.StubAws.Services.CostExplorer;

/// <summary>
/// A GetCostAndUsage request, checked as AWS checks it: TimePeriod with Start before End (yyyy-MM-dd), Granularity,
/// at least one known metric, at most two GroupBy of a known type. The stub answers MONTHLY UnblendedCost grouped by
/// nothing or one of LINKED_ACCOUNT and SERVICE; anything else it refuses rather than answer wrongly.
/// </summary>
internal sealed record CostAndUsageRequest(DateOnly Start, DateOnly End, string? GroupBy, string Metric, string? NextPageToken)
{
    public const string LinkedAccount = "LINKED_ACCOUNT";
    public const string Service = "SERVICE";

    private static readonly string[] Granularities = ["DAILY", "MONTHLY", "HOURLY"];
    private static readonly string[] Metrics =
        ["AmortizedCost", "BlendedCost", "NetAmortizedCost", "NetUnblendedCost", "NormalizedUsageAmount", "UnblendedCost", "UsageQuantity"];
    private static readonly string[] GroupTypes = ["DIMENSION", "TAG", "COST_CATEGORY"];

    public static CostAndUsageRequest Read(JsonObject body)
    {
        if (body["TimePeriod"] is not JsonObject period)
            throw Invalid("1 validation error detected: Value null at 'timePeriod' failed to satisfy constraint: Member must not be null");
        var start = Date(period, "Start");
        var end = Date(period, "End");
        if (start >= end)
            throw Invalid("Start date (and hour) should be before end date (and hour)");

        var granularity = (string?)body["Granularity"];
        if (granularity is null)
            throw Invalid("Granularity must be specified");
        if (!Granularities.Contains(granularity))
            throw Invalid($"1 validation error detected: Value '{granularity}' at 'granularity' failed to satisfy constraint: Member must satisfy enum value set: [DAILY, MONTHLY, HOURLY]");
        if (granularity != "MONTHLY")
            throw Invalid($"The stub Cost Explorer answers MONTHLY granularity only, not {granularity}.");

        var metrics = body["Metrics"] is JsonArray list ? list.Select(m => (string?)m).ToList() : [];
        if (metrics.Count == 0)
            throw Invalid("Metrics cannot be null or empty.");
        var unknown = metrics.Where(m => m is null || !Metrics.Contains(m)).ToList();
        if (unknown.Count > 0)
            throw Invalid($"Invalid metric: {unknown[0] ?? "null"}");
        if (metrics.Count != 1 || metrics[0] != "UnblendedCost")
            throw Invalid($"The stub Cost Explorer answers the UnblendedCost metric only, not {string.Join(", ", metrics)}.");

        return new CostAndUsageRequest(start, end, GroupByOf(body["GroupBy"]), "UnblendedCost", (string?)body["NextPageToken"]);
    }

    /// <summary>[Start, End) cut at month boundaries, as MONTHLY granularity reports it.</summary>
    public IReadOnlyList<(DateOnly Start, DateOnly End)> Months()
    {
        var months = new List<(DateOnly, DateOnly)>();
        for (var from = Start; from < End;)
        {
            var next = new DateOnly(from.Year, from.Month, 1).AddMonths(1);
            var to = next < End ? next : End;
            months.Add((from, to));
            from = to;
        }
        return months;
    }

    private static string? GroupByOf(JsonNode? node)
    {
        if (node is null)
            return null;
        if (node is not JsonArray groups)
            throw Invalid("GroupBy must be a list of group definitions.");
        if (groups.Count > 2)
            throw Invalid("1 validation error detected: Value at 'groupBy' failed to satisfy constraint: Member must have length less than or equal to 2");
        if (groups.Count == 0)
            return null;
        foreach (var group in groups)
        {
            var type = (string?)group?["Type"];
            if (type is null || !GroupTypes.Contains(type))
                throw Invalid($"1 validation error detected: Value '{type}' at 'groupBy.1.member.type' failed to satisfy constraint: Member must satisfy enum value set: [DIMENSION, TAG, COST_CATEGORY]");
            if (string.IsNullOrEmpty((string?)group!["Key"]))
                throw Invalid("Group Definition Key cannot be null or empty.");
        }
        var key = (string?)groups[0]!["Key"];
        if (groups.Count != 1 || (string?)groups[0]!["Type"] != "DIMENSION" || key is not (LinkedAccount or Service))
            throw Invalid($"The stub Cost Explorer groups by one DIMENSION, {LinkedAccount} or {Service}, only.");
        return key;
    }

    private static DateOnly Date(JsonObject period, string field) =>
        DateOnly.TryParseExact((string?)period[field], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid($"{field} date '{(string?)period[field]}' is not in the format yyyy-MM-dd.");

    private static StubAwsException Invalid(string message) => new("ValidationException", message);
}
