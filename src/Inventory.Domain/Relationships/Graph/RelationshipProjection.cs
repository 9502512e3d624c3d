using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Inventory.Domain.Relationships.Graph;

/// <summary>
/// The asset graph, async: derived edges from the related ids in asset events, resolved through a key index the
/// projection keeps itself, and manual edges from people's relationship events. Each batch reads what it touches in
/// three round trips (nodes, keys, nodes naming those keys) and decides everything else in memory.
/// </summary>
public sealed class RelationshipProjection : IProjection
{
    public const string Name = "Relationships";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var followed = events.Where(e => AssetGraph.Follows(e.Data)).Select(e => new GraphEvent(e.StreamKey!, e.Data, e.Id, e.Sequence)).ToList();
        if (followed.Count == 0)
            return;
        var graph = new AssetGraph();
        graph.Load(await LoadAsync<GraphNode>(operations, AssetGraph.AssetIdsOf(followed), cancellation));
        graph.Load(await LoadAsync<ReferenceIndex>(operations, graph.KeysTouchedBy(followed), cancellation));
        graph.Load(await LoadAsync<GraphNode>(operations, graph.UnloadedClaimants(), cancellation));
        foreach (var e in followed)
            graph.Apply(e);

        var writes = graph.Writes();
        operations.Store(writes.Nodes.ToArray());
        operations.Store(writes.Indexes.ToArray());
        foreach (var key in writes.EmptiedIndexes)
            operations.Delete<ReferenceIndex>(key);
        operations.Store(writes.Edges.ToArray());
        foreach (var id in writes.RemovedEdges)
            operations.Delete<RelationshipEdge>(id);
        operations.Store(writes.History.ToArray());
    }

    private static async Task<IReadOnlyList<T>> LoadAsync<T>(IDocumentOperations operations, IReadOnlyList<string> ids, CancellationToken cancellation)
        where T : notnull =>
        ids.Count == 0 ? [] : await operations.LoadManyAsync<T>(cancellation, ids);
}
