using Inventory.Domain.Assets;
using Inventory.Domain.Assets.Edits;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Inventory.Domain.Dashboard;

/// <summary>What happened to an asset, as the dashboard counts it.</summary>
public enum ActivityKind
{
    /// <summary>Discovery saw it for the first time, or a person registered it.</summary>
    New,

    /// <summary>Discovery saw it again after it had gone.</summary>
    Reappeared,

    /// <summary>Discovery found a different description.</summary>
    Changed,

    /// <summary>A person changed fields people maintain.</summary>
    Edited,

    /// <summary>It vanished from AWS.</summary>
    Gone,

    /// <summary>A person retired it.</summary>
    Decommissioned,
}

/// <summary>One asset event the dashboard counts, at the time the event itself names (a scan's observation time, an edit's request time).</summary>
public sealed class AssetActivity
{
    /// <summary>The event's own id, so a rebuild writes the same rows.</summary>
    public Guid Id { get; set; }
    public string AssetId { get; set; } = "";
    public ActivityKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
}

public sealed partial class AssetActivityProjection : EventProjection
{
    public AssetActivity Create(IEvent<AssetSeen> e) => Row(e, e.Data.Reappeared ? ActivityKind.Reappeared : ActivityKind.New, e.Data.ObservedAt);

    public AssetActivity Create(IEvent<ManualAssetRegistered> e) => Row(e, ActivityKind.New, e.Data.At);

    public AssetActivity Create(IEvent<AssetChanged> e) => Row(e, ActivityKind.Changed, e.Data.ObservedAt);

    public AssetActivity Create(IEvent<AssetEdited> e) => Row(e, ActivityKind.Edited, e.Data.At);

    public AssetActivity Create(IEvent<AssetGone> e) => Row(e, ActivityKind.Gone, e.Data.ObservedAt);

    public AssetActivity Create(IEvent<AssetDecommissioned> e) => Row(e, ActivityKind.Decommissioned, e.Data.At);

    private static AssetActivity Row(IEvent e, ActivityKind kind, DateTimeOffset at) =>
        new() { Id = e.Id, AssetId = e.StreamKey!, Kind = kind, At = at };
}
