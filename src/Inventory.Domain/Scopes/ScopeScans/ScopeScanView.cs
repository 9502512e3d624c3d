using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Scopes.ScopeScans;

/// <summary>Read model of a scope's scans: the last clean one is every active asset's "last seen".</summary>
public sealed class ScopeScanView
{
    public string Id { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public string Service { get; set; } = "";
    public DateTimeOffset? LastCleanScanAt { get; set; }
    public ScanCounts? LastCounts { get; set; }
    public DateTimeOffset? LastFailedAt { get; set; }
    public string? LastErrorCode { get; set; }
    public string? LastErrorMessage { get; set; }
    public int CleanScans { get; set; }
    public int FailedScans { get; set; }
}

public sealed partial class ScopeScanViewProjection : SingleStreamProjection<ScopeScanView, string>
{
    public ScopeScanViewProjection()
    {
        IncludeType<ScopeScanned>();
        IncludeType<ScopeScanFailed>();
    }

    public override ScopeScanView? Evolve(ScopeScanView? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case ScopeScanned scanned:
                snapshot ??= new ScopeScanView { Id = id, AccountId = scanned.AccountId, Region = scanned.Region, Service = scanned.Service };
                snapshot.LastCleanScanAt = scanned.ScannedAt;
                snapshot.LastCounts = scanned.Counts;
                snapshot.CleanScans++;
                break;
            case ScopeScanFailed failed:
                snapshot ??= new ScopeScanView { Id = id, AccountId = failed.AccountId, Region = failed.Region, Service = failed.Service };
                snapshot.LastFailedAt = failed.FailedAt;
                snapshot.LastErrorCode = failed.ErrorCode;
                snapshot.LastErrorMessage = failed.Message;
                snapshot.FailedScans++;
                break;
        }
        return snapshot;
    }
}
