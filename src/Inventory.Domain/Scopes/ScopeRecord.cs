using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Scopes;

/// <summary>Write-side state of a scope: when it was last scanned cleanly. Inline, and its stream version guards concurrent scans.</summary>
public sealed class ScopeRecord
{
    public string Id { get; set; } = "";
    public DateTimeOffset? LastCleanScanAt { get; set; }
}

public sealed partial class ScopeRecordProjection : SingleStreamProjection<ScopeRecord, string>
{
    public override ScopeRecord? Evolve(ScopeRecord? snapshot, string id, IEvent e)
    {
        snapshot ??= new ScopeRecord { Id = id };
        if (e.Data is ScopeScanned scanned)
            snapshot.LastCleanScanAt = scanned.ScannedAt;
        return snapshot;
    }
}
