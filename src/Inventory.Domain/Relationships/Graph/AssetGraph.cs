using System.Security.Cryptography;
using System.Text;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Relationships.Graph;

/// <summary>An event the graph follows, with what a rebuild needs to write the same rows: its id and position.</summary>
internal sealed record GraphEvent(string StreamKey, object Data, Guid Id, long Sequence);

/// <summary>What one batch of events changed in the graph's documents.</summary>
internal sealed record GraphWrites(
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<ReferenceIndex> Indexes,
    IReadOnlyList<string> EmptiedIndexes,
    IReadOnlyList<RelationshipEdge> Edges,
    IReadOnlyList<string> RemovedEdges,
    IReadOnlyList<EdgeChange> History);

/// <summary>
/// The part of the asset graph one batch of events touches, held in memory and changed event by event, so the outcome
/// (and each change's time and cause) is the same however the events are batched, as a rebuild requires.
/// Load the batch's nodes, then the keys it touches, then the nodes that name those keys; apply; write.
/// </summary>
internal sealed class AssetGraph
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReferenceIndex> _index = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _changedNodes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _changedIndex = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, RelationshipEdge?> _edges = new(StringComparer.Ordinal);
    private readonly List<EdgeChange> _history = [];

    // Keys whose holders the batch may change: only their claimants' edges change with them.
    private readonly HashSet<string> _heldKeys = new(StringComparer.Ordinal);

    public static bool Follows(object data) => IsAssetEvent(data) || data is RelationshipAdded or RelationshipRemoved;

    // A person's edit matters to the graph only when it renames a manual asset.
    private static bool IsAssetEvent(object data) => data is AssetSeen or AssetChanged or AssetGone or Assets.Edits.ManualAssetRegistered
        || (data is Assets.Edits.AssetEdited edited && edited.Changes.Any(c => c.Field == Assets.Edits.EditRules.NameField));

    public static IReadOnlyList<string> AssetIdsOf(IEnumerable<GraphEvent> events) =>
        events.Where(e => IsAssetEvent(e.Data)).Select(e => e.StreamKey).Distinct(StringComparer.Ordinal).ToList();

    public void Load(IEnumerable<GraphNode> nodes)
    {
        foreach (var node in nodes)
            _nodes[node.Id] = node;
    }

    public void Load(IEnumerable<ReferenceIndex> indexes)
    {
        foreach (var index in indexes)
            _index[index.Id] = index;
    }

    /// <summary>Every key the events may add or drop, found by replaying the nodes on copies.</summary>
    public IReadOnlyList<string> KeysTouchedBy(IEnumerable<GraphEvent> events)
    {
        var scratch = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events.Where(e => IsAssetEvent(e.Data)))
        {
            var old = scratch.GetValueOrDefault(e.StreamKey) ?? _nodes.GetValueOrDefault(e.StreamKey);
            var node = GraphNode.Evolve(old, e.StreamKey, e.Data);
            foreach (var state in old is null ? [node] : new[] { old, node })
            {
                _heldKeys.UnionWith(DerivedReferences.KeysOf(state));
                keys.UnionWith(DerivedReferences.Of(state).Select(r => r.Key));
            }
            scratch[e.StreamKey] = node;
        }
        keys.UnionWith(_heldKeys);
        return [.. keys];
    }

    /// <summary>
    /// Assets that name a key whose holders the batch may change, not loaded yet: their edges change with those holders.
    /// The claimants of a key only named (a shared subnet, say) stay unloaded however many there are.
    /// </summary>
    public IReadOnlyList<string> UnloadedClaimants() =>
        _heldKeys.Where(_index.ContainsKey).SelectMany(k => _index[k].Claimants).Where(c => !_nodes.ContainsKey(c)).Distinct(StringComparer.Ordinal)
            .ToList();

    public void Apply(GraphEvent e)
    {
        switch (e.Data)
        {
            case AssetSeen seen: ApplyAssetEvent(e, new Context(e, seen.ObservedAt, seen.Cause)); break;
            case AssetChanged changed: ApplyAssetEvent(e, new Context(e, changed.ObservedAt, changed.Cause)); break;
            case AssetGone gone: ApplyAssetEvent(e, new Context(e, gone.ObservedAt, gone.Cause)); break;
            case Assets.Edits.ManualAssetRegistered registered: ApplyAssetEvent(e, new Context(e, registered.At, registered.Cause)); break;
            case Assets.Edits.AssetEdited edited: ApplyAssetEvent(e, new Context(e, edited.At, edited.Cause)); break;
            case RelationshipAdded added: AddManual(added, new Context(e, added.At, added.Cause)); break;
            case RelationshipRemoved removed: RemoveManual(removed, new Context(e, removed.At, removed.Cause)); break;
        }
    }

    public GraphWrites Writes() => new(
        [.. _changedNodes.Select(id => _nodes[id])],
        [.. _changedIndex.Select(key => _index[key]).Where(i => !i.IsEmpty)],
        [.. _changedIndex.Where(key => _index[key].IsEmpty)],
        [.. _edges.Values.OfType<RelationshipEdge>()],
        [.. _edges.Where(e => e.Value is null).Select(e => e.Key)],
        [.. _history]);

    private sealed record Context(GraphEvent Event, DateTimeOffset At, Cause Cause);

    private void ApplyAssetEvent(GraphEvent e, Context context)
    {
        var id = e.StreamKey;
        var old = _nodes.GetValueOrDefault(id);
        var node = GraphNode.Evolve(old, id, e.Data);
        _nodes[id] = node;
        _changedNodes.Add(id);

        var oldKeys = old is null ? [] : DerivedReferences.KeysOf(old).ToHashSet(StringComparer.Ordinal);
        var newKeys = DerivedReferences.KeysOf(node).ToHashSet(StringComparer.Ordinal);
        var oldNamed = old is null ? [] : DerivedReferences.Of(old).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var references = DerivedReferences.Of(node).ToList();
        var named = references.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        foreach (var key in oldNamed.Except(named).Order(StringComparer.Ordinal))
            Remove(Index(key).Claimants, id, key);
        foreach (var key in named.Except(oldNamed).Order(StringComparer.Ordinal))
            Insert(Index(key).Claimants, id, key);

        // As a source: what it names now, resolved against the assets that answer to those names now.
        var supports = references
            .SelectMany(r => Index(r.Key).Holders.Where(h => h != id).Select(h => new EdgeSupport(r.EdgeType, h, r.Key, r.Id)))
            .ToList();
        Support(node, supports, context, EdgeChangeReason.Observed,
            node.Status == AssetStatus.Gone ? EdgeChangeReason.SourceGone : EdgeChangeReason.NoLongerNamed);

        // As a target: whoever names a key it stopped or started answering to.
        foreach (var key in oldKeys.Except(newKeys).Order(StringComparer.Ordinal))
        {
            Remove(Index(key).Holders, id, key);
            foreach (var claimant in Claimants(key, id))
            {
                Support(claimant, claimant.Supports.Where(s => !(s.Key == key && s.TargetId == id)).ToList(), context,
                    EdgeChangeReason.TargetAppeared, node.Status == AssetStatus.Gone ? EdgeChangeReason.TargetGone : EdgeChangeReason.TargetRenamed);
            }
        }
        foreach (var key in newKeys.Except(oldKeys).Order(StringComparer.Ordinal))
        {
            Insert(Index(key).Holders, id, key);
            foreach (var claimant in Claimants(key, id))
            {
                var added = DerivedReferences.Of(claimant).Where(r => r.Key == key)
                    .Select(r => new EdgeSupport(r.EdgeType, id, r.Key, r.Id))
                    .Where(s => !claimant.Supports.Contains(s));
                Support(claimant, [.. claimant.Supports, .. added], context, EdgeChangeReason.TargetAppeared, EdgeChangeReason.TargetRenamed);
            }
        }
    }

    private IEnumerable<GraphNode> Claimants(string key, string except) =>
        Index(key).Claimants.Where(c => c != except).Select(c => _nodes.TryGetValue(c, out var node)
            ? node
            : throw new InvalidOperationException($"Asset {c} names {key} but was not loaded with the batch."));

    /// <summary>Replaces what supports the node's derived edges and records each edge that appears or disappears.</summary>
    private void Support(GraphNode node, List<EdgeSupport> supports, Context context, EdgeChangeReason appeared, EdgeChangeReason removed)
    {
        supports.Sort((a, b) => (a.Type, a.TargetId, a.Key, a.Reference).CompareTo((b.Type, b.TargetId, b.Key, b.Reference)));
        var before = node.Supports.Select(s => (s.Type, s.TargetId)).ToHashSet();
        var after = supports.Select(s => (s.Type, s.TargetId)).ToHashSet();
        node.Supports = supports;
        _changedNodes.Add(node.Id);
        foreach (var (type, target) in before.Except(after).Order())
            Record(node.Id, type, target, EdgeOrigin.Derived, null, EdgeChangeKind.Removed, removed, context, null);
        foreach (var (type, target) in after.Except(before).Order())
        {
            var reference = supports.First(s => s.Type == type && s.TargetId == target).Reference;
            Record(node.Id, type, target, EdgeOrigin.Derived, null, EdgeChangeKind.Appeared, appeared, context, reference);
        }
    }

    private void AddManual(RelationshipAdded added, Context context) =>
        Record(added.SourceId, added.Type, added.TargetId, EdgeOrigin.Manual, added.Description, EdgeChangeKind.Appeared,
            EdgeChangeReason.AddedByUser, context, null);

    private void RemoveManual(RelationshipRemoved removed, Context context) =>
        Record(removed.SourceId, removed.Type, removed.TargetId, EdgeOrigin.Manual, null, EdgeChangeKind.Removed,
            EdgeChangeReason.RemovedByUser, context, null);

    private void Record(string source, string type, string target, EdgeOrigin origin, string? description, EdgeChangeKind change,
        EdgeChangeReason reason, Context context, string? reference)
    {
        var edgeId = RelationshipEdge.IdOf(source, type, target);
        _edges[edgeId] = change == EdgeChangeKind.Removed ? null : new RelationshipEdge
        {
            Id = edgeId, SourceId = source, TargetId = target, Type = type, Origin = origin, Dependence = EdgeTypes.DependenceOf(type),
            Description = description, Reference = reference, Since = context.At, Cause = context.Cause,
        };
        _history.Add(new EdgeChange
        {
            Id = HistoryId(context.Event.Id, edgeId, change), Sequence = context.Event.Sequence, EdgeId = edgeId, SourceId = source,
            TargetId = target, Type = type, Origin = origin, Change = change, Reason = reason, At = context.At, Cause = context.Cause,
            Description = description,
        });
    }

    private static Guid HistoryId(Guid eventId, string edgeId, EdgeChangeKind change) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{eventId:N}|{edgeId}|{change}")).AsSpan(0, 16));

    private ReferenceIndex Index(string key)
    {
        if (!_index.TryGetValue(key, out var index))
            _index[key] = index = new ReferenceIndex { Id = key };
        return index;
    }

    // Sorted lists: the same members always serialise the same way, so a rebuild writes identical documents.
    private void Insert(List<string> list, string id, string key)
    {
        var at = list.BinarySearch(id, StringComparer.Ordinal);
        if (at < 0)
            list.Insert(~at, id);
        _changedIndex.Add(key);
    }

    private void Remove(List<string> list, string id, string key)
    {
        var at = list.BinarySearch(id, StringComparer.Ordinal);
        if (at >= 0)
            list.RemoveAt(at);
        _changedIndex.Add(key);
    }
}
