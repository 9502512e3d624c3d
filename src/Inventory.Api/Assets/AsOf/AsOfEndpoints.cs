using Microsoft.AspNetCore.Mvc;
using System.Globalization;
using Inventory.Api.Assets.GetAsset;
using Inventory.Api.Assets.ListAssets;
using Inventory.Domain.Assets;
using Inventory.Domain.Assets.History;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Assets.AsOf;

/// <summary>The inventory as it was at an instant, with the list's filters and sorts applied to what the assets were then.</summary>
public sealed record AsOfPage(DateTimeOffset At, IReadOnlyList<AssetSummary> Items, int PageSize, string? NextCursor, long? Total);

public static class AsOfEndpoints
{
    [WolverineGet("/api/assets/as-of")]
    [ProducesResponseType<AsOfPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<IResult> List(HttpContext context, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var at = Instant(context.Request.Query["at"].ToString(), "at", errors);
        var query = AssetQuery.Parse(context.Request.Query, errors, new HashSet<string>(StringComparer.Ordinal) { "at" });
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid as-of request", detail: string.Join(" ", errors.Values.SelectMany(e => e)));

        var categories = await CategoryDefaults.LoadAsync(session, cancellation);
        var sql = AssetQuerySql.For(query, AssetQuerySql.VersionTableOf(session), categories).ValidAt(at!.Value);
        var (pageSql, parameters) = sql.PageQuery(query);
        var rows = await AssetRows.QueryAsync<AssetVersion>(session.DocumentStore, pageSql, parameters, cancellation);
        var page = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize
            ? new AssetCursor(query.Sort, query.Descending, AssetQuerySql.CursorValue(page[^1].View, query.Sort), page[^1].Id).Encode()
            : null;
        long? total = query.IncludeTotal
            ? await AssetRows.CountAsync(session.DocumentStore, $"select count(*) from {sql.Table} where {sql.Where}", sql.Parameters, cancellation)
            : null;
        // Then, an asset was last seen no later than the instant asked about.
        var items = page.Select(v => ListAssetsEndpoint.Summary(v.View, view => Min(view.LastObservedAt, at.Value), categories)).ToList();
        return Results.Ok(new AsOfPage(at.Value, items, query.PageSize, next, total));
    }

    /// <summary>One asset exactly as it was at an instant, replayed from its own events.</summary>
    [WolverineGet("/api/assets/{id}/as-of")]
    public static async Task<IResult> One(string id, string? at, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var instant = Instant(at ?? "", "at", errors);
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid as-of request", detail: string.Join(" ", errors.Values.SelectMany(e => e)));
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        if (events.Count == 0)
            return AssetProblems.NotFound(id);
        var view = AssetVersions.AsOf(id, events, instant!.Value);
        if (view is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Asset did not exist yet",
                detail: $"Asset {id} was first recorded after {instant.Value:O}.");
        return Results.Ok(GetAssetEndpoint.Detail(view, Min(view.LastObservedAt, instant.Value)));
    }

    internal static DateTimeOffset? Instant(string text, string field, IDictionary<string, string[]> errors)
    {
        if (text.Length == 0)
        {
            errors[field] = [$"{field} is required: an ISO 8601 instant such as 2026-11-01T00:00:00Z."];
            return null;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            errors[field] = [$"'{text}' is not an ISO 8601 instant such as 2026-11-01T00:00:00Z."];
            return null;
        }
        return at;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
