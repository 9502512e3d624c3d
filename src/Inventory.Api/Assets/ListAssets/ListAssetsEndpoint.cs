using Inventory.Domain.Assets;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Assets.ListAssets;

public sealed record AssetSummary(
    string Id,
    string? Name,
    string? Arn,
    string? ResourceId,
    string Service,
    string ResourceType,
    string AccountId,
    string Region,
    string? State,
    AssetStatus Status,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? GoneAt,
    int ChangeCount);

public sealed record AssetPage(IReadOnlyList<AssetSummary> Items, int Page, int PageSize, long Total);

public static class ListAssetsEndpoint
{
    public static ProblemDetails Validate(string? page, string? pageSize) =>
        Paging.Check(page, pageSize, out _, out _) ?? WolverineContinue.NoProblems;

    [WolverineGet("/api/assets")]
    public static async Task<AssetPage> Get(string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        Paging.Check(page, pageSize, out var number, out var size);
        var views = await session.Query<AssetView>()
            .OrderBy(a => a.Service).ThenBy(a => a.Name).ThenBy(a => a.Id)
            .ToPagedListAsync(number, size, cancellation);
        var lastSeen = await LastSeen.ForAsync(session, views, cancellation);
        var items = views.Select(v => new AssetSummary(v.Id, v.Name, v.Arn, v.ResourceId, v.Service, v.ResourceType, v.AccountId, v.Region,
            v.State, v.Status, v.FirstSeenAt, lastSeen(v), v.GoneAt, v.ChangeCount)).ToList();
        return new AssetPage(items, number, size, views.TotalItemCount);
    }
}
