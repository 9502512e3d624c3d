using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Marten;

namespace Inventory.Api.Scans;

/// <summary>The reconciler fed from the write side, chunk by chunk, without appending: what recording the scan would decide.</summary>
internal static class ScopeDecisions
{
    public static async Task<ScopeDecision> DecideAsync(IDocumentStore store, IQuerySession session, ScopeScan scan, DateTimeOffset? lastCleanScanAt,
        VolatileFields volatileFields, CancellationToken cancellation)
    {
        if (scan.Failure is not null || (scan.Observations is null && scan.Listing is null))
            return Reconciler.Failed(scan, scan.ListingFailure);
        var assets = await ScopeRecords.LoadAsync(store, scan.Scope, cancellation);
        var reconciliation = new ScopeReconciliation(new ScopeState(lastCleanScanAt, assets), scan, volatileFields);
        var appends = new List<AssetAppend>();
        await foreach (var chunk in scan.ChunksAsync(RecordScopeScanHandler.ChunkSize, cancellation))
        {
            var plan = reconciliation.Match(chunk);
            var previous = await PreviousDescriptions.LoadAsync(session, plan.AssetsToCompare, cancellation);
            appends.AddRange(reconciliation.Decide(plan, id => previous[id]));
        }
        if (scan.ListingFailure is { } failure)
            return Reconciler.Failed(scan, failure);
        var finish = reconciliation.Finish();
        return finish with { Appends = [.. appends, .. finish.Appends] };
    }
}
