using System.Text.Json;

namespace Inventory.Api.Costs;

/// <summary>POST /api/costs/refresh body: the one management account to refresh, or none for all of them.</summary>
internal sealed record RefreshCostsRequest(string? AccountId);

/// <summary>
/// Reads the optional body by hand: a declared JSON body would make the route require a JSON content type, and a bare POST
/// (refresh everything) would then be refused.
/// </summary>
internal static class RefreshCostsBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(RefreshCostsRequest? Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellation);
        if (string.IsNullOrWhiteSpace(text))
            return (new RefreshCostsRequest(null), null);
        try
        {
            return (JsonSerializer.Deserialize<RefreshCostsRequest>(text, Json) ?? new RefreshCostsRequest(null), null);
        }
        catch (JsonException e)
        {
            // JSON paths look like "$.accountId": the field, as the other errors name it.
            var field = e.Path is { Length: > 2 } path ? path[2..] : "body";
            return (null, CostProblems.Invalid(field, $"{field} is not a valid value: {e.Message}"));
        }
    }
}
