using Inventory.Api.Scans;
using System.Diagnostics;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;
using Marten.Services;
using Npgsql;

namespace Inventory.Benchmarks;

/// <summary>
/// The steps of RecordScopeScanHandler done by hand in one transaction of the same store, each timed, to show where a scan's
/// time goes. Mirrors src/Inventory.Api/Scans/RecordScopeScan.cs (keep the two alike), except that with chunk > 0 the events
/// are flushed with one SaveChanges per chunk of asset events, all in the same transaction, committed once at the end.
/// </summary>
internal static class ScanPhases
{
    public static async Task<string> MeasureAsync(IDocumentStore store, string connectionString, ScopeScan scan, int chunk)
    {
        var watch = Stopwatch.StartNew();
        var phases = new List<string>();
        void Lap(string name)
        {
            phases.Add($"{name} {watch.Elapsed.TotalSeconds:0.00} s");
            watch.Restart();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
        var scope = scan.Scope;
        var scopeStream = await session.Events.FetchForWriting<ScopeRecord>(scope.StreamKey);
        Lap("fetch scope");
        var assets = await session.Query<AssetRecord>().Where(a => a.ScopeKey == scope.StreamKey).ToListAsync();
        Lap($"load {assets.Count:N0} AssetRecords");
        var plan = Reconciler.Plan(new ScopeState(scopeStream.Aggregate?.LastCleanScanAt, assets), scan, VolatileFields.Default);
        Lap($"match {scan.Observations?.Count ?? 0:N0}");
        var previous = await PreviousDescriptions.LoadAsync(session, plan.AssetsToCompare, CancellationToken.None);
        var decision = plan.Decide(id => previous[id]);
        Lap($"read {previous.Count:N0} histories and decide");
        var flushes = 0;
        foreach (var part in decision.Appends.Chunk(chunk > 0 ? chunk : int.MaxValue))
        {
            foreach (var append in part)
            {
                if (append.IsNew)
                    session.Events.StartStream<AssetRecord>(append.AssetId, append.Event);
                else
                    session.Events.Append(append.AssetId, append.Event);
            }
            if (chunk > 0)
            {
                await session.SaveChangesAsync();
                flushes++;
            }
        }
        scopeStream.AppendOne(decision.ScopeEvent);
        await session.SaveChangesAsync();
        Lap($"append {decision.Appends.Count:N0} events + SaveChanges x{flushes + 1}");
        await transaction.CommitAsync();
        Lap("commit");
        return string.Join(", ", phases);
    }
}
