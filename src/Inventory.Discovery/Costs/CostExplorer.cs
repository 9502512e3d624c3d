using System.Text.Json.Nodes;
using Inventory.Discovery.Access;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Costs;

namespace Inventory.Discovery.Costs;

/// <summary>
/// Cost Explorer's GetCostAndUsage over JSON 1.1: the window at MONTHLY granularity, metric UnblendedCost, once grouped by
/// LINKED_ACCOUNT and once by SERVICE, every page of each (NextPageToken).
/// </summary>
internal sealed class CostExplorer(ThrottlingPolicy? throttling = null) : ICostExplorer
{
    /// <summary>Cost Explorer lives in us-east-1 (cn-northwest-1 in China); its signing region follows from the signing name.</summary>
    public const string Region = "us-east-1";

    public const string Metric = "UnblendedCost";

    private const string Target = "AWSInsightsIndexService";
    private static readonly PageToken NextPageToken = new("NextPageToken", "NextPageToken");

    public async Task<MonthlyCosts> MonthlyCostsAsync(ScopeAccess access, CostWindow window, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(window);
        using var client = new SignedAwsClient(access, SigningNames.CostExplorer, throttling);
        // One grouping after the other: Cost Explorer allows few requests a second per account.
        var byAccount = await GroupedAsync(client, window, "LINKED_ACCOUNT", cancellation).ConfigureAwait(false);
        var byService = await GroupedAsync(client, window, "SERVICE", cancellation).ConfigureAwait(false);
        return new MonthlyCosts(byAccount, byService);
    }

    private static async Task<CostBreakdown> GroupedAsync(SignedAwsClient client, CostWindow window, string dimension, CancellationToken cancellation)
    {
        var request = new JsonObject
        {
            ["TimePeriod"] = new JsonObject { ["Start"] = CostAndUsageAnswer.Date(window.Start), ["End"] = CostAndUsageAnswer.Date(window.End) },
            ["Granularity"] = "MONTHLY",
            ["Metrics"] = new JsonArray(Metric),
            ["GroupBy"] = new JsonArray(new JsonObject { ["Type"] = "DIMENSION", ["Key"] = dimension }),
        };
        var answer = new CostAndUsageAnswer(Metric);
        await foreach (var page in client.Json11PagesAsync(Target, "GetCostAndUsage", request, NextPageToken, cancellation).ConfigureAwait(false))
            answer.Read(page);
        return answer.Breakdown();
    }
}
