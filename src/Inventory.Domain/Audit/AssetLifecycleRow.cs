using Inventory.Domain.Assets;
using Inventory.Domain.Assets.Edits;
using Inventory.Domain.Dashboard;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Inventory.Domain.Audit;

public enum LifecycleKind
{
    Appeared,
    Changed,
    Vanished,
    Decommissioned,
}

/// <summary>
/// One appeared / changed / vanished fact, for the audit's "what changed between two instants" and the dashboard's activity
/// counts: one row per asset event serves both.
/// </summary>
public sealed class AssetLifecycleRow
{
    /// <summary>The event's own id, so a rebuild writes the same rows.</summary>
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public string AssetId { get; set; } = "";
    public LifecycleKind Kind { get; set; }

    /// <summary>The same event as the dashboard counts it.</summary>
    public ActivityKind Activity { get; set; }
    public DateTimeOffset At { get; set; }
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public string Service { get; set; } = "";
    public string ResourceType { get; set; } = "";
    public Cause Cause { get; set; } = Cause.DiscoveryJob("");
    public bool Reappeared { get; set; }
    public GoneReason? GoneReason { get; set; }
    public List<string> ChangedFields { get; set; } = [];
}

public sealed partial class AssetLifecycleProjection : EventProjection
{
    // Version 2 added the activity kind: the daemon replays every event into the same rows once, so existing rows gain it.
    public AssetLifecycleProjection() => Version = 2;

    public AssetLifecycleRow Create(IEvent<AssetSeen> e) => Row(e, LifecycleKind.Appeared,
        e.Data.Reappeared ? ActivityKind.Reappeared : ActivityKind.New, e.Data.AccountId, e.Data.Region, e.Data.Service,
        e.Data.ResourceType, e.Data.ObservedAt, e.Data.Cause, row => row.Reappeared = e.Data.Reappeared);

    public AssetLifecycleRow Create(IEvent<AssetChanged> e) => Row(e, LifecycleKind.Changed, ActivityKind.Changed, e.Data.AccountId, e.Data.Region,
        e.Data.Service, e.Data.ResourceType, e.Data.ObservedAt, e.Data.Cause, row => row.ChangedFields = e.Data.Changes.Select(c => c.Field).ToList());

    public AssetLifecycleRow Create(IEvent<AssetGone> e) => Row(e, LifecycleKind.Vanished, ActivityKind.Gone, e.Data.AccountId, e.Data.Region,
        e.Data.Service, e.Data.ResourceType, e.Data.ObservedAt, e.Data.Cause, row => row.GoneReason = e.Data.Reason);

    public AssetLifecycleRow Create(IEvent<ManualAssetRegistered> e) => Row(e, LifecycleKind.Appeared, ActivityKind.New, "", "",
        ManualAssetRegistered.Service, e.Data.ResourceType, e.Data.At, e.Data.Cause, _ => { });

    // People's edits carry only the asset id; the audit reads where the asset lives from the asset view.
    public AssetLifecycleRow Create(IEvent<AssetEdited> e) => Row(e, LifecycleKind.Changed, ActivityKind.Edited, "", "", "", "", e.Data.At,
        e.Data.Cause, row => row.ChangedFields = e.Data.Changes.Select(c => c.Field).ToList());

    public AssetLifecycleRow Create(IEvent<AssetDecommissioned> e) => Row(e, LifecycleKind.Decommissioned, ActivityKind.Decommissioned, "", "", "",
        "", e.Data.At, e.Data.Cause, _ => { });

    private static AssetLifecycleRow Row(IEvent e, LifecycleKind kind, ActivityKind activity, string account, string region, string service,
        string type, DateTimeOffset at, Cause cause, Action<AssetLifecycleRow> complete)
    {
        var row = new AssetLifecycleRow
        {
            Id = e.Id,
            Sequence = e.Sequence,
            AssetId = e.StreamKey!,
            Kind = kind,
            Activity = activity,
            At = at,
            AccountId = account,
            Region = region,
            Service = service,
            ResourceType = type,
            Cause = cause,
        };
        complete(row);
        return row;
    }
}
