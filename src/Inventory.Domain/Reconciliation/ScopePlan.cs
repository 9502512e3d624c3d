using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// A scan matched against its scope: every event decided, except for the assets whose fingerprint differs,
/// which need their previous description to say exactly which fields changed.
/// </summary>
public sealed class ScopePlan
{
    private readonly ScopeScan? _scan;
    private readonly IReadOnlyList<object> _steps;
    private readonly ScanCounts _counts;
    private readonly ScopeScanFailed? _failure;

    internal ScopePlan(ScopeScan scan, IReadOnlyList<object> steps, ScanCounts counts, IReadOnlyList<AmbiguousMatch> ambiguities)
    {
        _scan = scan;
        Scope = scan.Scope;
        _steps = steps;
        _counts = counts;
        Ambiguities = ambiguities;
        AssetsToCompare = steps.OfType<Comparison>().Select(c => c.Record.Id).ToList();
    }

    private ScopePlan(ScopeId scope, ScopeScanFailed failure)
    {
        Scope = scope;
        _steps = [];
        _counts = ScanCounts.None;
        _failure = failure;
        Ambiguities = [];
        AssetsToCompare = [];
    }

    internal static ScopePlan Failed(ScopeId scope, ScopeScanFailed failure) => new(scope, failure);

    public ScopeId Scope { get; }
    public IReadOnlyList<AmbiguousMatch> Ambiguities { get; }

    /// <summary>Assets whose previous description the decision needs.</summary>
    public IReadOnlyList<string> AssetsToCompare { get; }

    public ScopeDecision Decide(Func<string, IReadOnlyDictionary<string, string>> previousDescription)
    {
        if (_failure is not null || _scan is null)
            return new ScopeDecision(Scope, [], _failure!, ScanCounts.None, []);

        var appends = new List<AssetAppend>(_steps.Count);
        int changed = 0, unchanged = 0;
        foreach (var step in _steps)
        {
            if (step is AssetAppend append)
            {
                appends.Add(append);
                continue;
            }
            var (record, fields, fingerprint) = (Comparison)step;
            var changes = AssetDescription.Diff(previousDescription(record.Id), fields);
            if (changes.Count == 0)
            {
                unchanged++;
                continue;
            }
            appends.Add(new AssetAppend(record.Id, false, new AssetChanged(record.Id, Scope.AccountId, Scope.Region, Scope.Service,
                record.ResourceType, changes, _scan.ScannedAt, _scan.Cause, fingerprint)));
            changed++;
        }
        var counts = _counts with { Changed = changed, Unchanged = _counts.Unchanged + unchanged };
        var scanned = new ScopeScanned(Scope.AccountId, Scope.Region, Scope.Service, _scan.ScannedAt, _scan.Cause, counts);
        return new ScopeDecision(Scope, appends, scanned, counts, Ambiguities);
    }

    /// <summary>An active asset seen with a different fingerprint: changed, unless its description turns out equal.</summary>
    internal sealed record Comparison(AssetRecord Record, SortedDictionary<string, string> Fields, string Fingerprint);
}
