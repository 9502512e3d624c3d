using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// The outcome of scanning one scope: the complete list of observations, the failure, or a listing still paging in
/// (whose outcome is known once it has been read to the end).
/// </summary>
public sealed record ScopeScan(
    ScopeId Scope,
    DateTimeOffset ScannedAt,
    Cause Cause,
    IReadOnlyList<Observation>? Observations,
    ScanFailure? Failure = null)
{
    /// <summary>The resources as the collector pages through them; set instead of <see cref="Observations"/>.</summary>
    public ScopeListing? Listing { get; init; }

    public static ScopeScan Clean(ScopeId scope, DateTimeOffset at, Cause cause, IReadOnlyList<Observation> observations) =>
        new(scope, at, cause, observations);

    public static ScopeScan Listed(ScopeId scope, DateTimeOffset at, Cause cause, ScopeListing listing) =>
        new(scope, at, cause, null) { Listing = listing };

    /// <summary>Why the scan failed: known at once for a failed scan, for a listing only after it has been read to the end.</summary>
    public ScanFailure? ListingFailure => Failure ?? (Observations is null && Listing is null
        ? new ScanFailure("Unknown", "The scan returned no result.")
        : Listing?.Failure);

    /// <summary>The observations in chunks of at most <paramref name="size"/>, listed as a whole or paged in.</summary>
    public async IAsyncEnumerable<IReadOnlyList<Observation>> ChunksAsync(int size,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (Observations is { } observations)
        {
            foreach (var chunk in observations.Chunk(size))
                yield return chunk;
            yield break;
        }
        if (Listing is null)
            yield break;
        var pending = new List<Observation>(size);
        await foreach (var page in Listing.PagesAsync(cancellation).ConfigureAwait(false))
        {
            foreach (var observation in page)
            {
                pending.Add(observation);
                if (pending.Count == size)
                {
                    yield return pending;
                    pending = new List<Observation>(size);
                }
            }
        }
        if (pending.Count > 0)
            yield return pending;
    }

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
