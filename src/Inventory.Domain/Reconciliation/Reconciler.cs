using Inventory.Domain.Scopes;
using Inventory.Domain.Observations;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// Decides the events for one scope's scan from the scope's exact write-side state. Pure: no I/O.
/// No event for an unchanged resource; no AssetGone from a failed scan; ambiguous matches are reported, never guessed.
/// </summary>
public static class Reconciler
{
    /// <summary>Decides a scan listed as a whole, given how to find an asset's previous description.</summary>
    public static ScopeDecision Decide(ScopeState state, ScopeScan scan, VolatileFields volatileFields,
        Func<string, IReadOnlyDictionary<string, string>> previousDescription)
    {
        if (scan.Failure is not null || scan.Observations is null)
            return Failed(scan, scan.Failure);
        var reconciliation = new ScopeReconciliation(state, scan, volatileFields);
        var appends = reconciliation.Decide(reconciliation.Match(scan.Observations), previousDescription);
        var finish = reconciliation.Finish();
        return finish with { Appends = [.. appends, .. finish.Appends] };
    }

    /// <summary>A scan whose listing failed: the scope records the failure and no asset event, least of all AssetGone.</summary>
    public static ScopeDecision Failed(ScopeScan scan, ScanFailure? failure)
    {
        var reason = failure ?? new ScanFailure("Unknown", "The scan returned no result.");
        var scope = scan.Scope;
        return new ScopeDecision(scope, [],
            new ScopeScanFailed(scope.AccountId, scope.Region, scope.Service, scan.ScannedAt, scan.Cause, reason.ErrorCode, reason.Message),
            ScanCounts.None, []);
    }
}
