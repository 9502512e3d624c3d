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
    public ScopeRecordProjection()
    {
        IncludeType<ScopeScanned>();
        IncludeType<ScopeScanFailed>();
    }

    public override ScopeRecord? Evolve(ScopeRecord? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case ScopeScanned scanned:
                snapshot ??= new ScopeRecord { Id = id };
                snapshot.LastCleanScanAt = scanned.ScannedAt;
                return snapshot;
            case ScopeScanFailed:
                return snapshot ?? new ScopeRecord { Id = id };
            default:
                return snapshot;
        }
    }
}
