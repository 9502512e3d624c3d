using Inventory.Domain.Assets;

namespace Inventory.Domain.Relationships.Graph;

public enum EdgeChangeKind
{
    Appeared,
    Removed,
}

public enum EdgeChangeReason
{
    /// <summary>The source's description names a target that exists.</summary>
    Observed,

    /// <summary>A target the source already named was discovered.</summary>
    TargetAppeared,

    /// <summary>The source's description no longer names the target.</summary>
    NoLongerNamed,
    SourceGone,
    TargetGone,

    /// <summary>The target no longer answers to the name the source uses (its ARN or DNS name changed).</summary>
    TargetRenamed,
    AddedByUser,
    RemovedByUser,
}

/// <summary>One appearance or removal of an edge, with when and why: the graph's history.</summary>
public sealed class EdgeChange
{
    /// <summary>From the event and the edge, so a rebuild writes the same rows.</summary>
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public string EdgeId { get; set; } = "";
    public string SourceId { get; set; } = "";
    public string TargetId { get; set; } = "";
    public string Type { get; set; } = "";
    public EdgeOrigin Origin { get; set; }
    public EdgeChangeKind Change { get; set; }
    public EdgeChangeReason Reason { get; set; }
    public DateTimeOffset At { get; set; }
    public Cause Cause { get; set; } = Cause.User("");
    public string? Description { get; set; }
}
