using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// The write-side state of one asset that the reconciler matches on: keys, status and fingerprint.
/// Projected inline, in the same transaction as the events, so it is never stale; kept small because a scan reads
/// every record of its scope. The full description lives in the asset's events.
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
        IncludeType<Assets.Edits.ManualAssetRegistered>();
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
                snapshot.LastObservedAt = seen.ObservedAt;
                snapshot.Arn = AssetDescription.Get(seen.Fields, AssetDescription.Arn);
                snapshot.ResourceId = AssetDescription.Get(seen.Fields, AssetDescription.ResourceId);
                snapshot.Name = AssetDescription.Get(seen.Fields, AssetDescription.Name);
                snapshot.Fingerprint = AssetDescription.Fingerprint(seen.Fields);
                return snapshot;
            case AssetChanged changed when snapshot is not null:
                snapshot.LastObservedAt = changed.ObservedAt;
                foreach (var change in changed.Changes)
                {
                    switch (change.Field)
                    {
                        case AssetDescription.Arn: snapshot.Arn = change.New; break;
                        case AssetDescription.ResourceId: snapshot.ResourceId = change.New; break;
                        case AssetDescription.Name: snapshot.Name = change.New; break;
                    }
                }
                snapshot.Fingerprint = changed.Fingerprint;
                return snapshot;
            case AssetGone when snapshot is not null:
                snapshot.Status = AssetStatus.Gone;
                return snapshot;
            // A person's asset belongs to no scope, so no scan ever loads it; relationships find it here like any other.
            case Assets.Edits.ManualAssetRegistered registered:
                return new AssetRecord
                {
                    Id = id, Service = Assets.Edits.ManualAssetRegistered.Service, ResourceType = registered.ResourceType, Name = registered.Name,
                    Status = AssetStatus.Active, LastObservedAt = registered.At,
                };
            default:
                return snapshot;
        }
    }
}
