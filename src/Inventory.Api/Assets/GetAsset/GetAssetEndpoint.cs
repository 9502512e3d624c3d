using Microsoft.AspNetCore.Mvc;
using Inventory.Domain.Assets;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Assets.GetAsset;

public sealed record AssetDetail(
    string Id,
    string? HumanId,
    bool Manual,
    string? Name,
    string? Arn,
    string? ResourceId,
    string Service,
    string ResourceType,
    string AccountId,
    string Region,
    string? State,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<string> IpAddresses,
    IReadOnlyList<string> DnsNames,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyDictionary<string, List<string>> Related,
    AssetStatus Status,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? GoneAt,
    GoneReason? GoneReason,
    int ChangeCount,
    long Version,
    IReadOnlyDictionary<string, string> Fields,
    DateTimeOffset LastChangedAt,
    DateTimeOffset? DecommissionedAt);

public static class GetAssetEndpoint
{
    /// <summary>One asset by its id, or by its human id (ASSET-0042).</summary>
    [WolverineGet("/api/assets/{id}")]
    [ProducesResponseType<AssetDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken cancellation)
    {
        var view = Inventory.Domain.Assets.HumanIds.HumanId.TryParse(id, out var number)
            ? await session.Query<AssetView>().FirstOrDefaultAsync(a => a.Number == number, cancellation)
            : await session.LoadAsync<AssetView>(id, cancellation);
        if (view is null)
            return AssetProblems.NotFound(id);
        var lastSeen = await LastSeen.ForAsync(session, [view], cancellation);
        return Results.Ok(Detail(view, lastSeen(view)));
    }

    internal static AssetDetail Detail(AssetView view, DateTimeOffset lastSeen) => new(view.Id, view.HumanId, view.Manual, view.Name, view.Arn,
        view.ResourceId, view.Service, view.ResourceType, view.AccountId, view.Region, view.State, view.Tags, view.IpAddresses, view.DnsNames,
        view.Attributes, view.Related, view.Status, view.FirstSeenAt, lastSeen, view.GoneAt, view.GoneReason, view.ChangeCount, view.Version,
        view.Human, view.LastChangedAt, view.DecommissionedAt);
}
