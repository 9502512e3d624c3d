using Inventory.Api.Scans;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;

namespace Inventory.Api.DiscoveryJobs.DryRun;

/// <summary>Decide one scope's scan exactly as recording would, and keep what it would have appended instead of appending it.</summary>
public sealed record PreviewScopeScan(Guid JobId, ScopeScan Scan);

public static class PreviewScopeScanHandler
{
    public static async Task<ScopeScanRecorded> Handle(PreviewScopeScan command, IDocumentStore store, VolatileFields volatileFields,
        CancellationToken cancellation)
    {
        var scope = command.Scan.Scope;
        await using var session = store.LightweightSession();
        var record = await session.LoadAsync<ScopeRecord>(scope.StreamKey, cancellation);
        var decision = await ScopeDecisions.DecideAsync(store, session, command.Scan, record?.LastCleanScanAt, volatileFields, cancellation);

        // Changed and gone assets are named from their recorded events, not from a read model that may lag.
        var described = decision.Appends.Where(a => a.Event is AssetChanged or AssetGone).Select(a => a.AssetId).ToList();
        var descriptions = await PreviousDescriptions.LoadAsync(session, described, cancellation);
        var preview = DryRunPreview.From(command.JobId, decision, id => descriptions.GetValueOrDefault(id));
        if (preview.Items.Count > 0)
        {
            session.Store(preview);
            await session.SaveChangesAsync(cancellation);
        }
        return new ScopeScanRecorded(scope, decision.ScopeEvent is ScopeScanFailed, decision.Counts, decision.Ambiguities);
    }
}
