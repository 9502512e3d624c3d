using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Reconciliation;

/// <summary>The outcome of scanning one scope: either the complete list of observations, or the failure.</summary>
public sealed record ScopeScan(
    ScopeId Scope,
    DateTimeOffset ScannedAt,
    Cause Cause,
    IReadOnlyList<Observation>? Observations,
    ScanFailure? Failure = null)
{
    public static ScopeScan Clean(ScopeId scope, DateTimeOffset at, Cause cause, IReadOnlyList<Observation> observations) =>
        new(scope, at, cause, observations);

    public static ScopeScan Failed(ScopeId scope, DateTimeOffset at, Cause cause, string errorCode, string message) =>
        new(scope, at, cause, null, new ScanFailure(errorCode, message));
}

public sealed record ScanFailure(string ErrorCode, string Message);

/// <summary>What the reconciler knows of a scope before the scan: exact write-side state.</summary>
public sealed record ScopeState(DateTimeOffset? LastCleanScanAt, IReadOnlyList<AssetRecord> Assets)
{
    public static readonly ScopeState Empty = new(null, []);
}

/// <summary>One event for one asset stream; IsNew means the stream starts here.</summary>
public sealed record AssetAppend(string AssetId, bool IsNew, object Event);

/// <summary>An observation the reconciler would not guess about: several assets could be it, or several observations claim one asset.</summary>
public sealed record AmbiguousMatch(string Observation, IReadOnlyList<string> CandidateAssetIds, string Reason);

public sealed record ScopeDecision(
    ScopeId Scope,
    IReadOnlyList<AssetAppend> Appends,
    object ScopeEvent,
    ScanCounts Counts,
    IReadOnlyList<AmbiguousMatch> Ambiguities);
