using System.Diagnostics;

namespace Inventory.Benchmarks;

/// <summary>The four figures through the real path, each beside its raw PostgreSQL baseline, with correctness checks.</summary>
internal static class ScanFigures
{
    public static async Task<int> RunAsync(StartedInventory inventory, PostgresBaseline baseline, ScopeScans scans)
    {
        var assets = scans.Assets;
        var payloads = ScanPayloads.Prepare(scans.FirstSight, scans.OnePercentChanged);
        Console.WriteLine($"payloads: AssetSeen {payloads.Seen.Average(p => p.Json.Length):N0} B, AssetView {payloads.AssetViews.Average(p => p.Json.Length):N0} B on average");
        await baseline.CreateTablesAsync();
        var failed = new List<string>();
        void Check(bool ok, string what)
        {
            Console.WriteLine($"  check {(ok ? "ok    " : "FAILED")} {what}");
            if (!ok)
                failed.Add(what);
        }
        var figures = new List<Figure>();

        Console.WriteLine("1. first sight");
        var watch = Stopwatch.StartNew();
        var recorded = await inventory.RecordAsync(scans.FirstSight);
        var firstSight = new Measure(watch.Elapsed, recorded.Counts.New);
        var events = await inventory.EventCountsAsync();
        Check(recorded.Counts.New == assets && events.GetValueOrDefault("asset_seen") == assets,
            $"{assets:N0} AssetSeen (counts {recorded.Counts}, mt_events {events.GetValueOrDefault("asset_seen"):N0})");
        var copySeen = new Measure(await baseline.CopyAsync(PostgresBaseline.Events, payloads.Seen), payloads.Seen.Count);
        figures.Add(new Figure($"first sight ({assets:N0} in one scope)", firstSight, copySeen, ">= 10,000 events/s", firstSight.Rate >= 10_000));

        Console.WriteLine("2. identical rescan");
        var assetEventsBefore = AssetEvents(events);
        watch.Restart();
        recorded = await inventory.RecordAsync(scans.Rescan);
        var rescan = new Measure(watch.Elapsed);
        events = await inventory.EventCountsAsync();
        Check(recorded.Counts.Unchanged == assets && AssetEvents(events) == assetEventsBefore,
            $"no asset event written (counts {recorded.Counts}, asset events {assetEventsBefore:N0} -> {AssetEvents(events):N0})");
        var (readElapsed, rowsRead) = await baseline.ReadAllAsync(PostgresBaseline.Events);
        Check(rowsRead == assets, $"baseline read {rowsRead:N0} rows");
        figures.Add(new Figure($"identical rescan ({assets:N0})", rescan, new Measure(readElapsed), "< 5 s", rescan.Elapsed < TimeSpan.FromSeconds(5)));

        Console.WriteLine("3. 1% changed");
        watch.Restart();
        recorded = await inventory.RecordAsync(scans.OnePercentChanged);
        var changed = new Measure(watch.Elapsed, recorded.Counts.Changed);
        events = await inventory.EventCountsAsync();
        var expected = scans.ExpectedChanged;
        Check(recorded.Counts.Changed == expected && events.GetValueOrDefault("asset_changed") == expected && payloads.Changed.Count == expected,
            $"exactly {expected:N0} AssetChanged (counts {recorded.Counts}, mt_events {events.GetValueOrDefault("asset_changed"):N0})");
        var copyChanged = new Measure(await baseline.CopyAsync(PostgresBaseline.Events, payloads.Changed), payloads.Changed.Count);
        figures.Add(new Figure($"1% changed ({expected:N0} of {assets:N0})", changed, copyChanged, "-", true));

        Console.WriteLine("4. projection catch-up");
        var totalEvents = events.Values.Sum();
        Console.WriteLine($"  events in the store: {string.Join(", ", events.OrderBy(e => e.Key).Select(e => $"{e.Key} {e.Value:N0}"))}");
        var catchUp = new Measure(await CatchUpFigures.RunAsync(inventory.Store, totalEvents), totalEvents);
        var views = await inventory.AssetViewCountAsync();
        Check(views == assets, $"AssetView count {views:N0} = {assets:N0}");
        var copyViews = new Measure(await baseline.CopyAsync(PostgresBaseline.Documents, payloads.AssetViews), payloads.AssetViews.Count, "documents");
        figures.Add(new Figure("projection catch-up (every async projection)", catchUp, copyViews, ">= 10,000 events/s", catchUp.Rate >= 10_000));

        Console.WriteLine();
        Figure.Print(figures);
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB");
        if (failed.Count == 0)
            return 0;
        Console.WriteLine($"FAILED checks: {string.Join("; ", failed)}");
        return 1;
    }

    private static long AssetEvents(Dictionary<string, long> events) =>
        events.Where(e => e.Key.StartsWith("asset_", StringComparison.Ordinal)).Sum(e => e.Value);
}
