using Inventory.Domain.Assets;
using Inventory.Domain.Relationships;
using Inventory.Domain.Relationships.Graph;

namespace Inventory.Api.Relationships;

/// <summary>An asset as a graph draws it; depth is its distance from the asset asked about.</summary>
public sealed record GraphNodeResponse(
    string Id, string? Name, string Service, string ResourceType, string AccountId, string Region, AssetStatus Status, string? Arn,
    string? ResourceId, int Depth)
{
    internal static GraphNodeResponse From(GraphNode node, int depth) => new(node.Id, node.Name, node.Service, node.ResourceType,
        node.AccountId, node.Region, node.Status, node.Arn, node.ResourceId, depth);
}

public sealed record GraphEdgeResponse(
    string Id, string SourceId, string TargetId, string Type, EdgeOrigin Origin, Dependence Dependence, string? Description,
    string? Reference, DateTimeOffset Since, Cause Cause)
{
    internal static GraphEdgeResponse From(RelationshipEdge edge) => new(edge.Id, edge.SourceId, edge.TargetId, edge.Type, edge.Origin,
        edge.Dependence, edge.Description, edge.Reference, edge.Since, edge.Cause);
}

/// <summary>Nodes and the edges between them, reached from one asset; truncated when the node cap stopped the walk.</summary>
public sealed record GraphResponse(string RootId, int Depth, IReadOnlyList<GraphNodeResponse> Nodes, IReadOnlyList<GraphEdgeResponse> Edges, bool Truncated)
{
    internal static async Task<GraphResponse> FromAsync(Marten.IQuerySession session, string rootId, int depth, GraphTraversal.Reached reached,
        CancellationToken cancellation)
    {
        var nodes = await session.LoadManyAsync<GraphNode>(cancellation, reached.Depths.Keys);
        return new GraphResponse(rootId, depth,
            nodes.Select(n => GraphNodeResponse.From(n, reached.Depths[n.Id])).OrderBy(n => n.Depth).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(),
            reached.Edges.OrderBy(e => e.Id, StringComparer.Ordinal).Select(GraphEdgeResponse.From).ToList(),
            reached.Truncated);
    }
}
