using System.Diagnostics;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;

namespace Inventory.Benchmarks;

/// <summary>
/// Projection catch-up: every async projection together from the start of the log (when each one finished, and the
/// process's peak working set meanwhile), then each projection rebuilt alone, so the costly ones stand out.
/// </summary>
internal static class CatchUpFigures
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <returns>The time every async projection took together.</returns>
    public static async Task<TimeSpan> RunAsync(IDocumentStore store, long events)
    {
        var names = store.Options.Events.Projections()
            .Where(p => p.Lifecycle == ProjectionLifecycle.Async)
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        var highWater = (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        var finished = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var process = Process.GetCurrentProcess();
        var peak = 0L;
        // The scan phases' data is still held by the caller: the managed heap's growth is what the daemon itself holds.
        var heapBefore = GC.GetTotalMemory(true);
        var heapPeak = heapBefore;

        var watch = Stopwatch.StartNew();
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            await daemon.StartAllAsync();
            try
            {
                var waiting = store.WaitForNonStaleProjectionDataAsync(Timeout);
                while (!waiting.IsCompleted)
                {
                    await Task.WhenAny(waiting, Task.Delay(Poll));
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                    heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(false));
                    foreach (var shard in await store.Advanced.AllProjectionProgress())
                    {
                        var name = shard.ShardName.Split(':')[0];
                        if (shard.Sequence >= highWater && !finished.ContainsKey(name))
                            finished[name] = watch.Elapsed;
                    }
                }
                await waiting;
            }
            finally
            {
                await daemon.StopAllAsync();
            }
        }
        var together = watch.Elapsed;
        Console.WriteLine($"  every async projection together: {events:N0} events in {together.TotalSeconds:0.00} s, " +
                          $"peak working set meanwhile {peak / 1024 / 1024:N0} MB, managed heap {heapBefore / 1024 / 1024:N0} MB before, " +
                          $"{heapPeak / 1024 / 1024:N0} MB at most");

        var alone = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            foreach (var name in names)
            {
                watch.Restart();
                await daemon.RebuildProjectionAsync(name, Timeout, CancellationToken.None);
                alone[name] = watch.Elapsed;
            }
        }
        var rows = names.Select(n => new[]
        {
            n,
            finished.TryGetValue(n, out var at) ? $"{at.TotalSeconds:0.00} s" : "-",
            $"{alone[n].TotalSeconds:0.00} s",
            $"{events / alone[n].TotalSeconds:N0} events/s",
        }).ToList();
        rows.Add(["sum of the rebuilds", "", $"{alone.Values.Sum(t => t.TotalSeconds):0.00} s", ""]);
        Figure.PrintTable(["projection", "finished, all together", "rebuilt alone", "log rate alone"], rows);
        return together;
    }
}
