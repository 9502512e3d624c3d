using Inventory.Domain.Assets;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Assets.GetAsset;

public sealed record AssetDetail(
    string Id,
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
    long Version);

public static class GetAssetEndpoint
{
    [WolverineGet("/api/assets/{id}")]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken cancellation)
    {
        var view = await session.LoadAsync<AssetView>(id, cancellation);
        if (view is null)
            return AssetProblems.NotFound(id);
        var lastSeen = await LastSeen.ForAsync(session, [view], cancellation);
        return Results.Ok(new AssetDetail(view.Id, view.Name, view.Arn, view.ResourceId, view.Service, view.ResourceType, view.AccountId,
            view.Region, view.State, view.Tags, view.IpAddresses, view.DnsNames, view.Attributes, view.Related, view.Status,
            view.FirstSeenAt, lastSeen(view), view.GoneAt, view.GoneReason, view.ChangeCount, view.Version));
    }
}
