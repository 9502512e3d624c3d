using System.Diagnostics;
using Inventory.Api.Relationships;
using Inventory.Domain.Relationships.Graph;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;

namespace Inventory.Benchmarks.Relationships;

/// <summary>
/// The graph at scale: N assets in VPC cells, the relationship projection built from their events, then the depth-N
/// neighbourhood and the dependents walk as the endpoints run them, each beside a recursive CTE over plain tables.
/// </summary>
internal static class RelationshipFigures
{
    private const int Walks = 40;

    public static async Task<int> RunAsync(StartedInventory inventory, string connectionString, int assets)
    {
        var store = inventory.Store;
        var cells = Math.Max(1, assets / GraphEstate.CellSize);
        Console.WriteLine($"1. {cells * GraphEstate.CellSize:N0} assets in {cells:N0} VPC cells appended as AssetSeen");
        var watch = Stopwatch.StartNew();
        var appended = await GraphEstate.AppendAsync(store, assets);
        Console.WriteLine($"   {appended:N0} events in {watch.Elapsed.TotalSeconds:0.0} s");

        Console.WriteLine("2. relationship projection from zero");
        watch.Restart();
        using (var daemon = await store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync(RelationshipProjection.Name, TimeSpan.FromHours(1), CancellationToken.None);
        var build = new Measure(watch.Elapsed, appended);
        long edges;
        await using (var session = store.QuerySession())
            edges = await session.Query<RelationshipEdge>().CountAsync();
        var expected = (long)cells * GraphEstate.EdgesPerCell;
        var failed = edges != expected;
        Console.WriteLine($"   {build}; check {(failed ? "FAILED" : "ok    ")} {edges:N0} edges (expected {expected:N0})");

        var baseline = new GraphBaseline(connectionString, inventory.Schema);
        await baseline.CopyAsync();
        var random = new Random(42);
        var instances = Enumerable.Range(0, Walks).Select(_ => GraphEstate.InstanceId(random.Next(cells), random.Next(80))).ToList();
        var vpcs = Enumerable.Range(0, Walks).Select(_ => GraphEstate.VpcId(random.Next(cells))).ToList();

        var figures = new List<Figure>();
        foreach (var depth in new[] { 2, 3, 5 })
        {
            var (product, nodes) = await TimeAsync(instances, async (session, root) =>
                (await GraphResponse.FromAsync(session, root, depth, await GraphTraversal.NeighbourhoodAsync(session, root, depth, CancellationToken.None),
                    CancellationToken.None)).Nodes.Count, store);
            var (raw, rawNodes) = await baseline.TimeAsync(instances, depth, dependents: false);
            failed |= nodes != rawNodes;
            figures.Add(WalkFigure(depth, $"neighbourhood depth {depth} of an instance ({nodes / Walks:N0} nodes)", product, raw));
        }
        var (dependents, dependentNodes) = await TimeAsync(vpcs, async (session, root) =>
            (await GraphResponse.FromAsync(session, root, 10, await GraphTraversal.DependentsAsync(session, root, 10, CancellationToken.None),
                CancellationToken.None)).Nodes.Count, store);
        var (rawDependents, rawDependentNodes) = await baseline.TimeAsync(vpcs, 10, dependents: true);
        failed |= dependentNodes != rawDependentNodes;
        figures.Add(WalkFigure(10, $"what depends on a VPC ({dependentNodes / Walks:N0} nodes)", dependents, rawDependents));

        Console.WriteLine($"   check {(failed ? "FAILED" : "ok    ")} the walks reach the same nodes as the recursive CTE");
        Console.WriteLine($"figures: median of {Walks} walks from different roots, after one warm-up walk each");
        Figure.Print(figures);
        return failed ? 1 : 0;
    }

    private static Figure WalkFigure(int depth, string name, TimeSpan product, TimeSpan raw) =>
        new(name, new Measure(product), new Measure(raw), "< 100 ms", product < TimeSpan.FromMilliseconds(100));

    private static async Task<(TimeSpan Median, int Nodes)> TimeAsync(IReadOnlyList<string> roots, Func<IQuerySession, string, Task<int>> walk,
        IDocumentStore store)
    {
        var times = new List<TimeSpan>();
        var nodes = 0;
        foreach (var root in roots)
        {
            await using var session = store.QuerySession();
            await walk(session, root);
            var watch = Stopwatch.StartNew();
            nodes += await walk(session, root);
            times.Add(watch.Elapsed);
        }
        return (times.Order().ElementAt(times.Count / 2), nodes);
    }
}
