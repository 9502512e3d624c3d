namespace Inventory.Domain.Observations;

/// <summary>
/// Attribute paths that change on every read (timestamps, counters), per resource type.
/// They are dropped from the description so they never cause AssetChanged.
/// </summary>
public sealed class VolatileFields
{
    public static readonly IReadOnlyDictionary<string, string[]> Defaults = new Dictionary<string, string[]>
    {
        ["rds:db-instance"] = ["LatestRestorableTime"],
        ["rds:db-cluster"] = ["LatestRestorableTime", "EarliestRestorableTime"],
        ["lambda:function"] = ["LastUpdateStatusReasonCode"],
    };

    private readonly Dictionary<string, IReadOnlyList<string>> _byResourceType;

    public VolatileFields(IReadOnlyDictionary<string, string[]>? byResourceType = null)
    {
        _byResourceType = (byResourceType ?? Defaults)
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public static VolatileFields Default { get; } = new();

    public IReadOnlyList<string> For(string resourceType) =>
        _byResourceType.TryGetValue(resourceType, out var paths) ? paths : [];
}
