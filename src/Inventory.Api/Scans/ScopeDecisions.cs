using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Marten;

namespace Inventory.Api.Scans;

/// <summary>The reconciler fed from the write side: the scope's asset records and the previous descriptions it asks for.</summary>
internal static class ScopeDecisions
{
    public static async Task<ScopeDecision> DecideAsync(IQuerySession session, ScopeScan scan, DateTimeOffset? lastCleanScanAt,
        VolatileFields volatileFields, CancellationToken cancellation)
    {
        var assets = scan.Failure is null
            ? await session.Query<AssetRecord>().Where(a => a.ScopeKey == scan.Scope.StreamKey).ToListAsync(cancellation)
            : [];
        var plan = Reconciler.Plan(new ScopeState(lastCleanScanAt, assets), scan, volatileFields);
        // Only the assets whose fingerprint differs need their previous description, read from their own events.
        var previous = await PreviousDescriptions.LoadAsync(session, plan.AssetsToCompare, cancellation);
        return plan.Decide(id => previous[id]);
    }
}
