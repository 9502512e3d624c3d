using Inventory.Api.Assets;
using Inventory.Domain.Relationships.Graph;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Relationships.AssetRelationships;

public sealed record NeighbourResponse(GraphEdgeResponse Edge, GraphNodeResponse Node);

/// <summary>A related id the asset names whose target has not been discovered (or is gone): the edge waits for it.</summary>
public sealed record PendingReferenceResponse(string Type, string Kind, string Reference);

public sealed record AssetRelationshipsResponse(
    GraphNodeResponse Asset, IReadOnlyList<NeighbourResponse> Outgoing, IReadOnlyList<NeighbourResponse> Incoming,
    IReadOnlyList<PendingReferenceResponse> Pending);

public static class AssetRelationshipsEndpoint
{
    [WolverineGet("/api/assets/{id}/relationships")]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken cancellation)
    {
        var node = await session.LoadAsync<GraphNode>(id, cancellation);
        if (node is null)
            return AssetProblems.NotFound(id);
        var edges = await session.Query<RelationshipEdge>().Where(e => e.SourceId == id || e.TargetId == id).ToListAsync(cancellation);
        var others = await session.LoadManyAsync<GraphNode>(cancellation, edges.Select(e => e.SourceId == id ? e.TargetId : e.SourceId).Distinct());
        var byId = others.ToDictionary(n => n.Id, StringComparer.Ordinal);

        List<NeighbourResponse> Neighbours(Func<RelationshipEdge, bool> side, Func<RelationshipEdge, string> other) =>
            edges.Where(side).Where(e => byId.ContainsKey(other(e)))
                .OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => new NeighbourResponse(GraphEdgeResponse.From(e), GraphNodeResponse.From(byId[other(e)], 1)))
                .ToList();

        var resolved = node.Supports.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var pending = DerivedReferences.Of(node).Where(r => !resolved.Contains(r.Key))
            .Select(r => new PendingReferenceResponse(r.EdgeType, r.Kind, r.Id)).ToList();
        return Results.Ok(new AssetRelationshipsResponse(GraphNodeResponse.From(node, 0),
            Neighbours(e => e.SourceId == id, e => e.TargetId), Neighbours(e => e.TargetId == id, e => e.SourceId), pending));
    }
}
