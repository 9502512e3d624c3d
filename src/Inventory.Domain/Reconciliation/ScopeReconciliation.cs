using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// One clean scan of a scope, reconciled chunk by chunk as the listing pages in. Pure: no I/O.
/// It keeps the scope's records it was given and which assets this scan claimed (with the claim's fingerprint),
/// never the observations, so memory does not grow with the chunks already decided.
/// AssetGone and ScopeScanned are decided only by <see cref="Finish"/>, once the whole listing is known to be complete.
/// </summary>
public sealed class ScopeReconciliation
{
    private readonly ScopeScan _scan;
    private readonly ScopeState _state;
    private readonly VolatileFields _volatileFields;
    private readonly Candidates _candidates;
    private readonly Dictionary<string, AssetRecord> _byId;
    // Assets (recorded or started by this scan) a resource already claimed in an earlier chunk, with what that resource looked like.
    private readonly Dictionary<string, Claim> _claimed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _protected = new(StringComparer.Ordinal); // involved in an ambiguity: never marked gone on a guess
    private readonly List<AmbiguousMatch> _ambiguities = [];
    private ScanCounts _counts = ScanCounts.None;

    public ScopeReconciliation(ScopeState state, ScopeScan scan, VolatileFields volatileFields)
    {
        _state = state;
        _scan = scan;
        _volatileFields = volatileFields;
        _candidates = Candidates.From(state.Assets);
        _byId = state.Assets.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<AmbiguousMatch> Ambiguities => _ambiguities;

    /// <summary>
    /// Matches one chunk of the listing. Every event is decided except for the assets whose fingerprint differs:
    /// the plan names them, and <see cref="Decide"/> finishes the chunk with their previous descriptions.
    /// </summary>
    public ScopePlan Match(IReadOnlyList<Observation> observations)
    {
        var scope = _scan.Scope;
        var claims = new Dictionary<string, List<Observed>>(StringComparer.Ordinal);
        var newcomers = new Dictionary<string, List<Observed>>(StringComparer.Ordinal);

        // Describing a resource is the costly, independent part of matching: spread over the cores, in listing order.
        var described = observations.AsParallel().AsOrdered()
            .Select(observation => new Observed(observation, AssetDescription.Normalise(observation, _volatileFields)));
        foreach (var observed in described)
        {
            var observation = observed.Observation;
            var matches = _candidates.Match(observation);
            if (matches.Count > 1)
            {
                Ambiguous(observed.Label, matches.Select(m => m.Id).ToList(), "Several assets match this resource.");
                _protected.UnionWith(matches.Select(m => m.Id));
            }
            else if (matches.Count == 1)
                Add(claims, matches[0].Id, observed);
            else if (AssetKey.Candidates(scope, observation).ToList() is not { Count: > 0 } keys)
                Ambiguous(observed.Label, [], "The resource has no ARN, resource id or name to match on.");
            // An asset whose keys moved on still owns its stream: a newcomer takes its next key, never that stream.
            else if (keys.FirstOrDefault(k => !_byId.ContainsKey(k)) is { } key)
                Add(newcomers, key, observed);
            else
            {
                Ambiguous(observed.Label, keys.Where(_byId.ContainsKey).ToList(), "Every match key of this resource already names another asset.");
                _protected.UnionWith(keys.Where(_byId.ContainsKey));
            }
        }

        var steps = new List<object>();
        int created = 0, reappeared = 0, gone = 0, unchanged = 0;

        foreach (var (assetId, claimants) in claims)
        {
            if (Single(claimants, assetId, recorded: true, "Several resources in the scan match this asset.") is not { } observed)
                continue;
            var record = _byId[assetId];
            var terminal = TerminalStates.Classify(observed.Observation.State);
            if (record.Status == AssetStatus.Gone)
            {
                if (terminal is null)
                {
                    steps.Add(new AssetAppend(assetId, false, Seen(assetId, observed, reappeared: true)));
                    reappeared++;
                }
                else
                    unchanged++;
            }
            else if (terminal is { } reason)
            {
                steps.Add(new AssetAppend(assetId, false, Gone(record, reason)));
                gone++;
            }
            else if (observed.Fingerprint == record.Fingerprint)
                unchanged++;
            else
                steps.Add(new ScopePlan.Comparison(record, observed.Fields, observed.Fingerprint));
        }

        foreach (var (assetId, claimants) in newcomers)
        {
            if (Single(claimants, assetId, recorded: false, "Several resources in the scan share this match key.") is not { } observed)
                continue;
            // A resource first met already terminated never becomes an asset: there is nothing live to register.
            if (TerminalStates.Classify(observed.Observation.State) is not null)
                continue;
            steps.Add(new AssetAppend(assetId, true, Seen(assetId, observed, reappeared: false)));
            created++;
        }

        _counts = _counts with
        {
            Observed = _counts.Observed + observations.Count, New = _counts.New + created, Reappeared = _counts.Reappeared + reappeared,
            Gone = _counts.Gone + gone, Unchanged = _counts.Unchanged + unchanged,
        };
        return new ScopePlan(steps);
    }

    /// <summary>The chunk's events, in the plan's order, once the previous descriptions of the assets to compare are known.</summary>
    public IReadOnlyList<AssetAppend> Decide(ScopePlan plan, Func<string, IReadOnlyDictionary<string, string>> previousDescription)
    {
        var scope = _scan.Scope;
        var appends = new List<AssetAppend>(plan.Steps.Count);
        int changed = 0, unchanged = 0;
        foreach (var step in plan.Steps)
        {
            if (step is AssetAppend append)
            {
                appends.Add(append);
                continue;
            }
            var (record, fields, fingerprint) = (ScopePlan.Comparison)step;
            var changes = AssetDescription.Diff(previousDescription(record.Id), fields);
            if (changes.Count == 0)
            {
                unchanged++;
                continue;
            }
            appends.Add(new AssetAppend(record.Id, false, new AssetChanged(record.Id, scope.AccountId, scope.Region, scope.Service,
                record.ResourceType, changes, _scan.ScannedAt, _scan.Cause, fingerprint)));
            changed++;
        }
        _counts = _counts with { Changed = _counts.Changed + changed, Unchanged = _counts.Unchanged + unchanged };
        return appends;
    }

    /// <summary>
    /// After the last chunk of a listing that completed cleanly: AssetGone for every active asset no resource claimed
    /// (nor any ambiguity touched), and the scope's ScopeScanned with the counts of the whole scan.
    /// </summary>
    public ScopeDecision Finish()
    {
        var scope = _scan.Scope;
        var appends = new List<AssetAppend>();
        foreach (var record in _state.Assets.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (record.Status != AssetStatus.Active || _claimed.ContainsKey(record.Id) || _protected.Contains(record.Id))
                continue;
            appends.Add(new AssetAppend(record.Id, false, Gone(record, GoneReason.AbsentFromCleanScan)));
        }
        var counts = _counts with { Gone = _counts.Gone + appends.Count, Ambiguous = _ambiguities.Count };
        var scanned = new ScopeScanned(scope.AccountId, scope.Region, scope.Service, _scan.ScannedAt, _scan.Cause, counts);
        return new ScopeDecision(scope, appends, scanned, counts, _ambiguities);
    }

    /// <summary>
    /// The one resource of this chunk that claims an asset (or a newcomer's key), or null when there is none to record.
    /// A claim spanning chunks is settled against the earlier chunk's: the same resource listed again is one resource;
    /// a different one is reported and leaves the asset as the earlier chunk recorded it, protected from gone.
    /// </summary>
    private Observed? Single(List<Observed> claimants, string claimKey, bool recorded, string reason)
    {
        var first = claimants[0];
        // The same resource listed twice (a repeated page) is one resource; two different ones are a conflict.
        if (!claimants.Skip(1).All(c => c.Observation.ResourceType == first.Observation.ResourceType && c.Fingerprint == first.Fingerprint))
        {
            foreach (var claimant in claimants)
                Ambiguous(claimant.Label, recorded ? [claimKey] : [], reason);
            if (recorded)
                _protected.Add(claimKey);
            // Still claimed, so a later page listing any resource for this key is a conflict too, never a fresh first claim.
            _claimed.TryAdd(claimKey, Claim.Conflicted);
            return null;
        }
        if (!_claimed.TryGetValue(claimKey, out var earlier))
        {
            _claimed[claimKey] = new Claim(first.Observation.ResourceType, first.Fingerprint);
            return first;
        }
        if (earlier == new Claim(first.Observation.ResourceType, first.Fingerprint))
            return null;
        var started = recorded || earlier != Claim.Conflicted;
        Ambiguous(first.Label, started ? [claimKey] : [], reason + (earlier == Claim.Conflicted ? "" : " An earlier page listed another one, which was recorded."));
        if (started)
            _protected.Add(claimKey);
        return null;
    }

    private void Ambiguous(string label, IReadOnlyList<string> candidates, string reason) =>
        _ambiguities.Add(new AmbiguousMatch(label, candidates, reason));

    private AssetSeen Seen(string assetId, Observed observed, bool reappeared) =>
        new(assetId, _scan.Scope.AccountId, _scan.Scope.Region, _scan.Scope.Service, observed.Observation.ResourceType,
            observed.Fields, reappeared, _scan.ScannedAt, _scan.Cause);

    private AssetGone Gone(AssetRecord record, GoneReason reason)
    {
        var lastSeen = _state.LastCleanScanAt is { } lastScan && lastScan > record.LastObservedAt ? lastScan : record.LastObservedAt;
        return new AssetGone(record.Id, record.AccountId, record.Region, record.Service, record.ResourceType,
            reason, lastSeen, _scan.ScannedAt, _scan.Cause);
    }

    private static void Add(Dictionary<string, List<Observed>> map, string key, Observed observed)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(observed);
    }

    // A struct, stored in the map itself: one claim per resource of the scope.
    private readonly record struct Claim(string ResourceType, string Fingerprint)
    {
        public static readonly Claim Conflicted = new("", "");
    }

    private sealed record Observed(Observation Observation, SortedList<string, string> Fields)
    {
        public string Fingerprint { get; } = AssetDescription.Fingerprint(Fields);
        public string Label => Observation.Arn ?? Observation.ResourceId ?? Observation.Name ?? $"unnamed {Observation.ResourceType}";
    }
}
