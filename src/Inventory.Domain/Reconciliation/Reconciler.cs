using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// Decides the events for one scope's scan from the scope's exact write-side state. Pure: no I/O.
/// No event for an unchanged resource; no AssetGone from a failed scan; ambiguous matches are reported, never guessed.
/// </summary>
public static class Reconciler
{
    /// <summary>Plans and decides in one step, given how to find an asset's previous description.</summary>
    public static ScopeDecision Decide(ScopeState state, ScopeScan scan, VolatileFields volatileFields,
        Func<string, IReadOnlyDictionary<string, string>> previousDescription) =>
        Plan(state, scan, volatileFields).Decide(previousDescription);

    /// <summary>
    /// Matches the scan against the scope's records (keys, status, fingerprint). Every event is decided except for
    /// the assets whose fingerprint differs: the plan names them, and their previous descriptions finish the decision.
    /// </summary>
    public static ScopePlan Plan(ScopeState state, ScopeScan scan, VolatileFields volatileFields)
    {
        var scope = scan.Scope;
        if (scan.Failure is not null || scan.Observations is null)
        {
            var reason = scan.Failure ?? new ScanFailure("Unknown", "The scan returned no result.");
            return ScopePlan.Failed(scope,
                new ScopeScanFailed(scope.AccountId, scope.Region, scope.Service, scan.ScannedAt, scan.Cause, reason.ErrorCode, reason.Message));
        }

        var candidates = Candidates.From(state.Assets);
        var byId = state.Assets.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ambiguities = new List<AmbiguousMatch>();
        var protectedAssets = new HashSet<string>(StringComparer.Ordinal); // involved in an ambiguity: never marked gone on a guess
        var claims = new Dictionary<string, List<Observed>>(StringComparer.Ordinal);
        var newcomers = new Dictionary<string, List<Observed>>(StringComparer.Ordinal);

        foreach (var observation in scan.Observations)
        {
            var observed = new Observed(observation, AssetDescription.Normalise(observation, volatileFields));
            var matches = candidates.Match(observation);
            if (matches.Count > 1)
            {
                ambiguities.Add(new AmbiguousMatch(observed.Label, matches.Select(m => m.Id).ToList(), "Several assets match this resource."));
                protectedAssets.UnionWith(matches.Select(m => m.Id));
            }
            else if (matches.Count == 1)
                Add(claims, matches[0].Id, observed);
            else if (AssetKey.Candidates(scope, observation).ToList() is not { Count: > 0 } keys)
                ambiguities.Add(new AmbiguousMatch(observed.Label, [], "The resource has no ARN, resource id or name to match on."));
            // An asset whose keys moved on still owns its stream: a newcomer takes its next key, never that stream.
            else if (keys.FirstOrDefault(k => !byId.ContainsKey(k)) is { } key)
                Add(newcomers, key, observed);
            else
            {
                ambiguities.Add(new AmbiguousMatch(observed.Label, keys.Where(byId.ContainsKey).ToList(),
                    "Every match key of this resource already names another asset."));
                protectedAssets.UnionWith(keys.Where(byId.ContainsKey));
            }
        }

        var steps = new List<object>();
        int created = 0, reappeared = 0, gone = 0, unchanged = 0;
        var matched = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (assetId, claimants) in claims)
        {
            matched.Add(assetId);
            if (Single(claimants, assetId, "Several resources in the scan match this asset.", ambiguities) is not { } observed)
            {
                protectedAssets.Add(assetId);
                continue;
            }
            var record = byId[assetId];
            var terminal = TerminalStates.Classify(observed.Observation.State);
            if (record.Status == AssetStatus.Gone)
            {
                if (terminal is null)
                {
                    steps.Add(new AssetAppend(assetId, false, Seen(assetId, scope, observed, reappeared: true, scan)));
                    reappeared++;
                }
                else
                    unchanged++;
            }
            else if (terminal is { } reason)
            {
                steps.Add(new AssetAppend(assetId, false, Gone(record, reason, state, scan)));
                gone++;
            }
            else if (AssetDescription.Fingerprint(observed.Fields) is var fingerprint && fingerprint == record.Fingerprint)
                unchanged++;
            else
                steps.Add(new ScopePlan.Comparison(record, observed.Fields, fingerprint));
        }

        foreach (var (assetId, claimants) in newcomers)
        {
            if (Single(claimants, null, "Several resources in the scan share this match key.", ambiguities) is not { } observed)
                continue;
            // A resource first met already terminated never becomes an asset: there is nothing live to register.
            if (TerminalStates.Classify(observed.Observation.State) is not null)
                continue;
            steps.Add(new AssetAppend(assetId, true, Seen(assetId, scope, observed, reappeared: false, scan)));
            created++;
        }

        foreach (var record in state.Assets.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (record.Status != AssetStatus.Active || matched.Contains(record.Id) || protectedAssets.Contains(record.Id))
                continue;
            steps.Add(new AssetAppend(record.Id, false, Gone(record, GoneReason.AbsentFromCleanScan, state, scan)));
            gone++;
        }

        var counts = new ScanCounts(scan.Observations.Count, created, reappeared, 0, gone, unchanged, ambiguities.Count);
        return new ScopePlan(scan, steps, counts, ambiguities);
    }

    private static Observed? Single(List<Observed> claimants, string? assetId, string reason, List<AmbiguousMatch> ambiguities)
    {
        var first = claimants[0];
        // The same resource listed twice (a repeated page) is one resource; two different ones are a conflict.
        if (claimants.Skip(1).All(c => c.Observation.ResourceType == first.Observation.ResourceType && c.Fields.SequenceEqual(first.Fields)))
            return first;
        foreach (var claimant in claimants)
            ambiguities.Add(new AmbiguousMatch(claimant.Label, assetId is null ? [] : [assetId], reason));
        return null;
    }

    private static AssetSeen Seen(string assetId, ScopeId scope, Observed observed, bool reappeared, ScopeScan scan) =>
        new(assetId, scope.AccountId, scope.Region, scope.Service, observed.Observation.ResourceType,
            observed.Fields, reappeared, scan.ScannedAt, scan.Cause);

    private static AssetGone Gone(AssetRecord record, GoneReason reason, ScopeState state, ScopeScan scan)
    {
        var lastSeen = state.LastCleanScanAt is { } lastScan && lastScan > record.LastObservedAt ? lastScan : record.LastObservedAt;
        return new AssetGone(record.Id, record.AccountId, record.Region, record.Service, record.ResourceType,
            reason, lastSeen, scan.ScannedAt, scan.Cause);
    }

    private static void Add(Dictionary<string, List<Observed>> map, string key, Observed observed)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(observed);
    }

    private sealed record Observed(Observation Observation, SortedDictionary<string, string> Fields)
    {
        public string Label => Observation.Arn ?? Observation.ResourceId ?? Observation.Name ?? $"unnamed {Observation.ResourceType}";
    }
}
