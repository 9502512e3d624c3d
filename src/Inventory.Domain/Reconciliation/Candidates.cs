using Inventory.Domain.Observations;

namespace Inventory.Domain.Reconciliation;

/// <summary>The scope's assets indexed by each match key, so matching a scan is linear in its size.</summary>
internal sealed class Candidates
{
    private readonly ILookup<string, AssetRecord> _byArn;
    private readonly ILookup<string, AssetRecord> _byResourceId;
    private readonly ILookup<string, AssetRecord> _byName;

    private Candidates(IReadOnlyList<AssetRecord> assets)
    {
        _byArn = assets.Where(a => a.Arn is not null).ToLookup(a => a.Arn!, StringComparer.Ordinal);
        _byResourceId = assets.Where(a => a.ResourceId is not null).ToLookup(a => a.ResourceId!, StringComparer.Ordinal);
        _byName = assets.Where(a => a.Name is not null).ToLookup(a => a.Name!, StringComparer.Ordinal);
    }

    public static Candidates From(IReadOnlyList<AssetRecord> assets) => new(assets);

    /// <summary>Assets this resource could be, by the first key that finds any: ARN, then resource id, then name.</summary>
    public IReadOnlyList<AssetRecord> Match(Observation observation)
    {
        if (observation.Arn is { Length: > 0 } arn && _byArn[arn].ToList() is { Count: > 0 } byArn)
            return byArn;
        if (observation.ResourceId is { Length: > 0 } id && Compatible(_byResourceId[id], observation) is { Count: > 0 } byId)
            return byId;
        if (observation.Name is { Length: > 0 } name)
            return Compatible(_byName[name], observation);
        return [];
    }

    // A weaker key never overrides a stronger one that disagrees: a different type, ARN or id is a different resource.
    private static List<AssetRecord> Compatible(IEnumerable<AssetRecord> assets, Observation observation) =>
        assets.Where(a =>
                a.ResourceType == observation.ResourceType &&
                (a.Arn is null || string.IsNullOrEmpty(observation.Arn) || a.Arn == observation.Arn) &&
                (a.ResourceId is null || string.IsNullOrEmpty(observation.ResourceId) || a.ResourceId == observation.ResourceId))
            .ToList();
}
