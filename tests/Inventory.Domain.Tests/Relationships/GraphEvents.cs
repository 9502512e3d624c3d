using System.Text.Json;
using Inventory.Domain.Assets;
using Inventory.Domain.Relationships.Graph;

namespace Inventory.Domain.Tests.Relationships;

/// <summary>Asset events as discovery writes them, and an in-memory store the graph's batches read and write.</summary>
internal sealed class GraphEvents
{
    public const string Account = "123456789012";
    public const string Region = "eu-west-1";
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Job = Cause.DiscoveryJob("job-1");

    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReferenceIndex> _index = new(StringComparer.Ordinal);
    private long _sequence;

    public Dictionary<string, RelationshipEdge> Edges { get; } = new(StringComparer.Ordinal);
    public List<EdgeChange> History { get; } = [];

    public static AssetSeen Seen(string id, string type, string resourceId, params (string Kind, string[] Ids)[] related) =>
        Seen(id, type, resourceId, [], related);

    public static AssetSeen Seen(string id, string type, string resourceId, string[] dnsNames, params (string Kind, string[] Ids)[] related)
    {
        var fields = new Dictionary<string, string>
        {
            ["resource_id"] = resourceId,
            ["name"] = resourceId,
            ["arn"] = $"arn:aws:{type.Split(':')[0]}:{Region}:{Account}:{type.Split(':')[1]}/{resourceId}",
        };
        if (dnsNames.Length > 0)
            fields["dns_names"] = JsonSerializer.Serialize(dnsNames);
        foreach (var (kind, ids) in related)
            fields["related." + kind] = JsonSerializer.Serialize(ids);
        return new AssetSeen(id, Account, Region, type.Split(':')[0], type, fields, false, Monday, Job);
    }

    public static AssetGone Gone(string id, string type, DateTimeOffset at) =>
        new(id, Account, Region, type.Split(':')[0], type, GoneReason.AbsentFromCleanScan, at, at, Job);

    public static AssetChanged Changed(string id, string type, DateTimeOffset at, params FieldChange[] changes) =>
        new(id, Account, Region, type.Split(':')[0], type, changes, at, Job);

    /// <summary>Projects events in batches of the given size, each batch loading from and saving to this store as the projection does.</summary>
    public GraphEvents Project(int batchSize, params (string Stream, object Data)[] events)
    {
        foreach (var chunk in events.Chunk(batchSize))
        {
            var batch = chunk.Select(e => new GraphEvent(e.Stream, e.Data, Guid.NewGuid(), ++_sequence)).ToList();
            var graph = new AssetGraph();
            graph.Load(AssetGraph.AssetIdsOf(batch).Where(_nodes.ContainsKey).Select(id => Copy(_nodes[id])));
            graph.Load(graph.KeysTouchedBy(batch).Where(_index.ContainsKey).Select(k => Copy(_index[k])));
            graph.Load(graph.UnloadedClaimants().Select(id => Copy(_nodes[id])));
            foreach (var e in batch)
                graph.Apply(e);
            var writes = graph.Writes();
            foreach (var node in writes.Nodes)
                _nodes[node.Id] = node;
            foreach (var index in writes.Indexes)
                _index[index.Id] = index;
            foreach (var key in writes.EmptiedIndexes)
                _index.Remove(key);
            foreach (var edge in writes.Edges)
                Edges[edge.Id] = edge;
            foreach (var id in writes.RemovedEdges)
                Edges.Remove(id);
            History.AddRange(writes.History);
        }
        return this;
    }

    public IReadOnlyList<string> EdgeIds => [.. Edges.Keys.Order(StringComparer.Ordinal)];

    public GraphNode Node(string id) => _nodes[id];

    // Round trips through JSON, as the documents do, so a batch never shares objects with the store.
    private static T Copy<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;
}
