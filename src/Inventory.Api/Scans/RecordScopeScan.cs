using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;

namespace Inventory.Api.Scans;

/// <summary>Record one scope's scan (its observations or its failure): the reconciler decides, the events are appended.</summary>
public sealed record RecordScopeScan(ScopeScan Scan);

/// <summary>What the scan changed in the register, for the discovery job's counts and log.</summary>
public sealed record ScopeScanRecorded(ScopeId Scope, bool Failed, ScanCounts Counts, IReadOnlyList<AmbiguousMatch> Ambiguities);

public static class RecordScopeScanHandler
{
    public static async Task<ScopeScanRecorded> Handle(RecordScopeScan command, IDocumentSession session, VolatileFields volatileFields,
        CancellationToken cancellation)
    {
        var scope = command.Scan.Scope;
        // Fetching the scope stream for writing makes a concurrent scan of the same scope fail on save, not interleave.
        var scopeStream = await session.Events.FetchForWriting<ScopeRecord>(scope.StreamKey, cancellation);
        var assets = command.Scan.Failure is null
            ? await session.Query<AssetRecord>().Where(a => a.ScopeKey == scope.StreamKey).ToListAsync(cancellation)
            : [];

        var decision = Reconciler.Decide(new ScopeState(scopeStream.Aggregate?.LastCleanScanAt, assets), command.Scan, volatileFields);

        foreach (var append in decision.Appends)
        {
            if (append.IsNew)
                session.Events.StartStream<AssetRecord>(append.AssetId, append.Event);
            else
                session.Events.Append(append.AssetId, append.Event);
        }
        scopeStream.AppendOne(decision.ScopeEvent);

        return new ScopeScanRecorded(scope, command.Scan.Failure is not null, decision.Counts, decision.Ambiguities);
    }
}
