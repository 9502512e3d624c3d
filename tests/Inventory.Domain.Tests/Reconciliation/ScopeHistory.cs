using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using JasperFx.Events;

namespace Inventory.Domain.Tests.Reconciliation;

/// <summary>
/// One scope's write-side state, built the way production builds it: each scan is decided by the real
/// <see cref="Reconciler"/> and its events are folded through the real <see cref="AssetRecordProjection"/>
/// and <see cref="ScopeRecordProjection"/>. Scans are an hour apart, each under its own discovery job.
/// </summary>
internal sealed class ScopeHistory
{
    public static readonly ScopeId DefaultScope = new("111111111111", "eu-west-1", "ec2");
    public static readonly DateTimeOffset FirstScanAt = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly AssetRecordProjection _assetProjection = new();
    private readonly ScopeRecordProjection _scopeProjection = new();
    private readonly List<AssetRecord> _assets = [];
    private readonly Dictionary<string, List<object>> _events = new(StringComparer.Ordinal);
    private ScopeRecord? _scope;
    private int _scanCount;

    public ScopeHistory(ScopeId? scope = null, VolatileFields? volatileFields = null)
    {
        Scope = scope ?? DefaultScope;
        VolatileFields = volatileFields ?? VolatileFields.Default;
    }

    public ScopeId Scope { get; }
    public VolatileFields VolatileFields { get; }

    /// <summary>When the next scan happens, and under which cause.</summary>
    public DateTimeOffset NextScanAt => FirstScanAt.AddHours(_scanCount);
    public Cause NextCause => Cause.DiscoveryJob($"job-{_scanCount + 1}");

    /// <summary>When the most recent scan (clean or failed) happened.</summary>
    public DateTimeOffset LastScanAt => FirstScanAt.AddHours(_scanCount - 1);

    public DateTimeOffset? LastCleanScanAt => _scope?.LastCleanScanAt;
    public IReadOnlyList<AssetRecord> Assets => _assets;
    public ScopeState State => new(LastCleanScanAt, _assets.ToList());

    public AssetRecord Asset(string assetId) => _assets.Single(a => a.Id == assetId);

    /// <summary>An asset's description as its events recorded it, the way the scan handler reads it.</summary>
    public IReadOnlyDictionary<string, string> Description(string assetId) => AssetHistory.Describe(_events[assetId]);
    public AssetRecord AssetFor(Observation observation) => Asset(AssetKey.For(Scope, observation)!);
    public string AssetIdOf(Observation observation) => AssetKey.For(Scope, observation)!;

    /// <summary>Given: the scope cleanly scanned, listing these observations (the decision is applied, not returned).</summary>
    public ScopeHistory Saw(params Observation[] observations)
    {
        Scan(observations);
        return this;
    }

    /// <summary>Given: an asset recorded under a chosen id, for states that scans alone would not build (hand-migrated data, old key rules).</summary>
    public ScopeHistory Holds(string assetId, Observation observation)
    {
        var seen = new AssetSeen(assetId, Scope.AccountId, Scope.Region, Scope.Service, observation.ResourceType,
            AssetDescription.Normalise(observation, VolatileFields), false, FirstScanAt.AddDays(-1), Cause.DiscoveryJob("job-0"));
        Apply(new AssetAppend(assetId, true, seen));
        return this;
    }

    /// <summary>When: a clean scan lists these observations. The decision is applied and returned.</summary>
    public ScopeDecision Scan(params Observation[] observations) =>
        Record(ScopeScan.Clean(Scope, NextScanAt, NextCause, observations));

    /// <summary>When: the scan of the scope fails.</summary>
    public ScopeDecision FailedScan(string errorCode, string message) =>
        Record(ScopeScan.Failed(Scope, NextScanAt, NextCause, errorCode, message));

    /// <summary>When: a clean scan lists these observations in chunks of <paramref name="chunkSize"/>, decided chunk by chunk as the recorder does.</summary>
    public ScopeDecision ScanInChunks(int chunkSize, params Observation[] observations)
    {
        var scan = ScopeScan.Clean(Scope, NextScanAt, NextCause, observations);
        var reconciliation = new ScopeReconciliation(State, scan, VolatileFields);
        var appends = new List<AssetAppend>();
        foreach (var chunk in observations.Chunk(chunkSize))
        {
            var plan = reconciliation.Match(chunk);
            // Earlier chunks' events are already appended when a later chunk asks for a previous description.
            var chunkAppends = reconciliation.Decide(plan, Description);
            foreach (var append in chunkAppends)
                Apply(append);
            appends.AddRange(chunkAppends);
        }
        var finish = reconciliation.Finish();
        foreach (var append in finish.Appends)
            Apply(append);
        return Scanned(finish with { Appends = [.. appends, .. finish.Appends] });
    }

    public ScopeDecision Record(ScopeScan scan)
    {
        var decision = Reconciler.Decide(State, scan, VolatileFields, Description);
        foreach (var append in decision.Appends)
            Apply(append);
        return Scanned(decision);
    }

    private ScopeDecision Scanned(ScopeDecision decision)
    {
        _scanCount++;
        _scope = _scopeProjection.Evolve(_scope, Scope.StreamKey, Event.AsEvent(decision.ScopeEvent));
        return decision;
    }

    // Mirrors the event store: a stream starts once (StartStream), and only existing streams are appended to.
    private void Apply(AssetAppend append)
    {
        var index = _assets.FindIndex(a => a.Id == append.AssetId);
        if (append.IsNew && index >= 0)
            throw new InvalidOperationException($"Asset stream {append.AssetId} already exists but the decision starts it again.");
        if (!append.IsNew && index < 0)
            throw new InvalidOperationException($"Asset stream {append.AssetId} does not exist but the decision appends to it.");

        var current = index >= 0 ? _assets[index] : null;
        var next = _assetProjection.Evolve(current, append.AssetId, Event.AsEvent(append.Event))
                   ?? throw new InvalidOperationException($"The projection dropped asset {append.AssetId}.");
        if (index >= 0)
            _assets[index] = next;
        else
            _assets.Add(next);
        if (!_events.TryGetValue(append.AssetId, out var events))
            _events[append.AssetId] = events = [];
        events.Add(append.Event);
    }
}
