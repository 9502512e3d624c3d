using Microsoft.AspNetCore.Mvc;
using Inventory.Domain.Assets;
using Inventory.Domain.Categories;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Assets.ListAssets;

public sealed record AssetSummary(
    string Id,
    string? HumanId,
    string? Name,
    string? Arn,
    string? ResourceId,
    string Service,
    string ResourceType,
    string AccountId,
    string Region,
    string? State,
    AssetStatus Status,
    string? Category,
    string? Criticality,
    string? Owner,
    string? Department,
    string? Classification,
    bool Manual,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? GoneAt,
    DateTimeOffset LastChangedAt,
    int ChangeCount);

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
/// <param name="Total">Every asset the filters match, when asked for with includeTotal=true.</param>
public sealed record AssetPage(IReadOnlyList<AssetSummary> Items, int PageSize, string? NextCursor, long? Total);

public static class ListAssetsEndpoint
{
    /// <summary>Assets matching the filters, one keyset page at a time, so a deep page costs what the first does.</summary>
    [WolverineGet("/api/assets")]
    [ProducesResponseType<AssetPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<IResult> Get(HttpContext context, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = AssetQuery.Parse(context.Request.Query, errors);
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid asset list request", detail: string.Join(" ", errors.Values.SelectMany(e => e)));

        var categories = await CategoryDefaults.LoadAsync(session, cancellation);
        var sql = AssetQuerySql.For(query, AssetQuerySql.TableOf(session), categories);
        var (pageSql, parameters) = sql.PageQuery(query);
        var rows = await AssetRows.QueryAsync(session.DocumentStore, pageSql, parameters, cancellation);
        var page = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize
            ? new AssetCursor(query.Sort, query.Descending, AssetQuerySql.CursorValue(page[^1], query.Sort), page[^1].Id).Encode()
            : null;
        long? total = null;
        if (query.IncludeTotal)
            total = await AssetRows.CountAsync(session.DocumentStore, $"select count(*) from {sql.Table} where {sql.Where}", sql.Parameters, cancellation);

        var lastSeen = await LastSeen.ForAsync(session, page, cancellation);
        return Results.Ok(new AssetPage(page.Select(v => Summary(v, lastSeen, categories)).ToList(), query.PageSize, next, total));
    }

    internal static AssetSummary Summary(AssetView v, Func<AssetView, DateTimeOffset> lastSeen, IReadOnlyDictionary<string, string> categories) => new(
        v.Id, v.HumanId, v.Name, v.Arn, v.ResourceId, v.Service, v.ResourceType, v.AccountId, v.Region, v.State, v.Status,
        CategoryDefaults.Of(v, categories), Empty(v.Criticality), Empty(v.Owner), Empty(v.Department), Empty(v.Classification), v.Manual,
        v.FirstSeenAt, lastSeen(v), v.GoneAt, v.LastChangedAt, v.ChangeCount);

    private static string? Empty(string text) => text.Length == 0 ? null : text;
}
