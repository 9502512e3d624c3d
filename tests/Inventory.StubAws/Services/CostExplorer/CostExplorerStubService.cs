using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Organizations;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.CostExplorer;

/// <summary>
/// AWS Cost Explorer (JSON 1.1, target prefix AWSInsightsIndexService): GetCostAndUsage over the calling account's
/// <see cref="CostExplorerEstate"/>. Grouped answers are paged by the stub's page size across the (period, group) pairs,
/// every page carrying every period with its share of the groups, as AWS pages them.
/// </summary>
public sealed class CostExplorerStubService : IStubService
{
    private const string TargetPrefix = "AWSInsightsIndexService.";

    public string SigningName => "ce";

    public StubProtocol Protocol => StubProtocol.Json;

    public string ActionOf(StubRequest request)
    {
        var target = request.Headers["X-Amz-Target"].ToString();
        return target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : "Unsupported";
    }

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        if (request.Headers.ContentType.ToString() != "application/x-amz-json-1.1")
            throw new StubAwsException("SerializationException", $"Content-Type '{request.Headers.ContentType}' is not application/x-amz-json-1.1.");
        var body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : Encoding.UTF8.GetString(request.Body))?.AsObject() ?? [];
        return request.Action switch
        {
            "GetCostAndUsage" => AnswerAsync(request, http, GetCostAndUsage(request, CostAndUsageRequest.Read(body))),
            _ => throw new StubAwsException("ValidationException", $"The stub Cost Explorer does not implement {request.Action}."),
        };
    }

    private static JsonObject GetCostAndUsage(StubRequest request, CostAndUsageRequest query)
    {
        var bill = request.Account.CostExplorer();
        if (!bill.Enabled)
            throw new StubAwsException("AccessDeniedException", "User not enabled for cost explorer access");
        var months = query.Months();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (query.GroupBy is null)
        {
            return new JsonObject
            {
                ["GroupDefinitions"] = new JsonArray(),
                ["ResultsByTime"] = new JsonArray([.. months.Select(m => Result(m, today, new JsonObject { [query.Metric] = Amount(Spent(bill, m.Start), bill.Currency) }, []))]),
                ["DimensionValueAttributes"] = new JsonArray(),
            };
        }

        var pairs = months.SelectMany(m => Groups(bill, m.Start, query.GroupBy).Select(g => (Month: m, g.Key, g.Amount))).ToList();
        var (page, next) = StubPaging.Page(pairs, query.NextPageToken, null, request.PageSize, "InvalidNextTokenException");
        var answer = new JsonObject
        {
            ["GroupDefinitions"] = new JsonArray(new JsonObject { ["Type"] = "DIMENSION", ["Key"] = query.GroupBy }),
            ["ResultsByTime"] = new JsonArray([.. months.Select(m => Result(m, today, [],
                page.Where(p => p.Month == m).Select(p => new JsonObject
                {
                    ["Keys"] = new JsonArray(p.Key),
                    ["Metrics"] = new JsonObject { [query.Metric] = Amount(p.Amount, bill.Currency) },
                })))]),
            ["DimensionValueAttributes"] = new JsonArray([.. query.GroupBy == CostAndUsageRequest.LinkedAccount
                ? page.Select(p => p.Key).Distinct().Select(id => new JsonObject
                {
                    ["Value"] = id,
                    ["Attributes"] = new JsonObject { ["description"] = NameOf(request, bill, id) },
                })
                : []]),
        };
        if (next is not null)
            answer["NextPageToken"] = next;
        return answer;
    }

    private static JsonObject Result((DateOnly Start, DateOnly End) month, DateOnly today, JsonObject total, IEnumerable<JsonObject> groups) => new()
    {
        ["TimePeriod"] = new JsonObject { ["Start"] = Date(month.Start), ["End"] = Date(month.End) },
        ["Total"] = total,
        ["Groups"] = new JsonArray([.. groups]),
        // AWS marks a period estimated until its bill is final: here, while it reaches past today.
        ["Estimated"] = month.End > today,
    };

    private static decimal Spent(CostExplorerEstate bill, DateOnly periodStart) =>
        bill.Costs.Where(c => c.Month == MonthOf(periodStart)).Sum(c => c.Amount);

    private static IEnumerable<(string Key, decimal Amount)> Groups(CostExplorerEstate bill, DateOnly periodStart, string groupBy) =>
        bill.Costs.Where(c => c.Month == MonthOf(periodStart))
            .GroupBy(c => groupBy == CostAndUsageRequest.LinkedAccount ? c.LinkedAccountId : c.Service, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(c => c.Amount)));

    // AWS describes a linked account by its name in the organisation.
    private static string NameOf(StubRequest request, CostExplorerEstate bill, string accountId) =>
        bill.NameOf(accountId) ?? request.Account.Organization().Accounts.FirstOrDefault(a => a.Id == accountId)?.Name ?? accountId;

    private static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    private static JsonObject Amount(decimal amount, string unit) => new()
    {
        ["Amount"] = amount.ToString(CultureInfo.InvariantCulture),
        ["Unit"] = unit,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task AnswerAsync(StubRequest request, HttpContext http, JsonObject answer)
    {
        http.Response.ContentType = "application/x-amz-json-1.1";
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        await http.Response.WriteAsync(answer.ToJsonString());
    }
}
