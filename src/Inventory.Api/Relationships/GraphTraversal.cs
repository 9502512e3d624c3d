using Inventory.Domain.Relationships;
using Inventory.Domain.Relationships.Graph;
using Marten;

namespace Inventory.Api.Relationships;

/// <summary>Breadth-first walks over the edge documents: one indexed query per level, never one per node.</summary>
internal static class GraphTraversal
{
    /// <summary>A walk stops adding nodes here, so one hub (a VPC of thousands) cannot make an answer unbounded.</summary>
    public const int MaxNodes = 2000;

    public sealed record Reached(IReadOnlyDictionary<string, int> Depths, IReadOnlyList<RelationshipEdge> Edges, bool Truncated);

    /// <summary>Every asset within <paramref name="depth"/> edges of the root, whichever way the edges point.</summary>
    public static Task<Reached> NeighbourhoodAsync(IQuerySession session, string rootId, int depth, CancellationToken cancellation) =>
        WalkAsync(rootId, depth, async frontier =>
        {
            var found = await session.Query<RelationshipEdge>()
                .Where(e => e.SourceId.IsOneOf(frontier) || e.TargetId.IsOneOf(frontier))
                .ToListAsync(cancellation);
            var inFrontier = frontier.ToHashSet(StringComparer.Ordinal);
            return found.Select(e => (e, inFrontier.Contains(e.SourceId) ? e.TargetId : e.SourceId)).ToList();
        });

    /// <summary>Every asset that reaches the root through edges where one end needs the other: the blast radius.</summary>
    public static Task<Reached> DependentsAsync(IQuerySession session, string rootId, int depth, CancellationToken cancellation) =>
        WalkAsync(rootId, depth, async frontier =>
        {
            var found = await session.Query<RelationshipEdge>()
                .Where(e => (e.TargetId.IsOneOf(frontier) && e.Dependence == Dependence.SourceOnTarget)
                            || (e.SourceId.IsOneOf(frontier) && e.Dependence == Dependence.TargetOnSource))
                .ToListAsync(cancellation);
            return found.Select(e => (e, e.Dependence == Dependence.SourceOnTarget ? e.SourceId : e.TargetId)).ToList();
        });

    private static async Task<Reached> WalkAsync(string rootId, int depth,
        Func<string[], Task<List<(RelationshipEdge Edge, string Next)>>> level)
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal) { [rootId] = 0 };
        var edges = new Dictionary<string, RelationshipEdge>(StringComparer.Ordinal);
        var truncated = false;
        string[] frontier = [rootId];
        for (var distance = 1; distance <= depth && frontier.Length > 0; distance++)
        {
            var next = new List<string>();
            // Ordered, so a truncated answer is the same on every call.
            foreach (var (edge, end) in (await level(frontier)).OrderBy(f => f.Edge.Id, StringComparer.Ordinal))
            {
                if (!depths.ContainsKey(end))
                {
                    if (depths.Count >= MaxNodes)
                    {
                        truncated = true;
                        continue;
                    }
                    depths[end] = distance;
                    next.Add(end);
                }
                edges.TryAdd(edge.Id, edge);
            }
            frontier = [.. next];
        }
        return new Reached(depths, [.. edges.Values], truncated);
    }
}
