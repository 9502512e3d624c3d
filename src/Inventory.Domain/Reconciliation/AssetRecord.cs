using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// The write-side state of one asset that the reconciler decides from.
/// Projected inline, in the same transaction as the events, so it is never stale.
/// </summary>
public sealed class AssetRecord
{
    public string Id { get; set; } = "";
    public string ScopeKey { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public string Service { get; set; } = "";
    public string ResourceType { get; set; } = "";
    public string? Arn { get; set; }
    public string? ResourceId { get; set; }
    public string? Name { get; set; }
    public AssetStatus Status { get; set; }
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.Ordinal);
    public string Fingerprint { get; set; } = "";
    public DateTimeOffset LastObservedAt { get; set; }
}

public sealed partial class AssetRecordProjection : SingleStreamProjection<AssetRecord, string>
{
    public AssetRecordProjection()
    {
        IncludeType<AssetSeen>();
        IncludeType<AssetChanged>();
        IncludeType<AssetGone>();
    }

    public override AssetRecord? Evolve(AssetRecord? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case AssetSeen seen:
                snapshot ??= new AssetRecord
                {
                    Id = id,
                    ScopeKey = new Scopes.ScopeId(seen.AccountId, seen.Region, seen.Service).StreamKey,
                    AccountId = seen.AccountId,
                    Region = seen.Region,
                    Service = seen.Service,
                    ResourceType = seen.ResourceType,
                };
                snapshot.Status = AssetStatus.Active;
                snapshot.Fields = new Dictionary<string, string>(seen.Fields, StringComparer.Ordinal);
                snapshot.LastObservedAt = seen.ObservedAt;
                Refresh(snapshot);
                return snapshot;
            case AssetChanged changed when snapshot is not null:
                AssetDescription.Apply(snapshot.Fields, changed.Changes);
                snapshot.LastObservedAt = changed.ObservedAt;
                Refresh(snapshot);
                return snapshot;
            case AssetGone when snapshot is not null:
                snapshot.Status = AssetStatus.Gone;
                return snapshot;
            default:
                return snapshot;
        }
    }

    private static void Refresh(AssetRecord record)
    {
        record.Arn = AssetDescription.Get(record.Fields, AssetDescription.Arn);
        record.ResourceId = AssetDescription.Get(record.Fields, AssetDescription.ResourceId);
        record.Name = AssetDescription.Get(record.Fields, AssetDescription.Name);
        record.Fingerprint = AssetDescription.Fingerprint(record.Fields);
    }
}
