using Inventory.Domain.Observations;

namespace Inventory.Domain.Reconciliation;

/// <summary>The scope's assets indexed by each match key, so matching a scan is linear in its size.</summary>
internal sealed class Candidates
{
    private readonly KeyIndex _byArn;
    private readonly KeyIndex _byResourceId;
    private readonly KeyIndex _byName;

    private Candidates(IReadOnlyList<AssetRecord> assets)
    {
        _byArn = new KeyIndex(assets, a => a.Arn);
        _byResourceId = new KeyIndex(assets, a => a.ResourceId);
        _byName = new KeyIndex(assets, a => a.Name);
    }

    public static Candidates From(IReadOnlyList<AssetRecord> assets) => new(assets);

    /// <summary>Assets this resource could be, by the first key that finds any: ARN, then resource id, then name.</summary>
    public IReadOnlyList<AssetRecord> Match(Observation observation)
    {
        if (observation.Arn is { Length: > 0 } arn && _byArn[arn] is { Count: > 0 } byArn)
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

    /// <summary>
    /// Records by one key. Almost every key names a single asset, which is stored as is; a list only for a shared key,
    /// so a scope of a million records costs one map entry per key rather than a group object.
    /// </summary>
    private sealed class KeyIndex
    {
        private readonly Dictionary<string, object> _records = new(StringComparer.Ordinal);

        public KeyIndex(IReadOnlyList<AssetRecord> assets, Func<AssetRecord, string?> keyOf)
        {
            foreach (var asset in assets)
            {
                if (keyOf(asset) is not { } key)
                    continue;
                if (!_records.TryGetValue(key, out var existing))
                    _records[key] = asset;
                else if (existing is List<AssetRecord> shared)
                    shared.Add(asset);
                else
                    _records[key] = new List<AssetRecord> { (AssetRecord)existing, asset };
            }
        }

        public IReadOnlyList<AssetRecord> this[string key] => _records.TryGetValue(key, out var found)
            ? found as List<AssetRecord> ?? [(AssetRecord)found]
            : [];
    }
}
