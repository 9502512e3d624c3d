using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Tests.Reconciliation;

/// <summary>Reading a scope decision in assertions: its single asset event, its scope event, a description as sorted pairs.</summary>
internal static class ScopeDecisions
{
    /// <summary>The decision's only append, which must carry a <typeparamref name="T"/>.</summary>
    public static T SingleEvent<T>(this ScopeDecision decision)
    {
        var append = Assert.Single(decision.Appends);
        return Assert.IsType<T>(append.Event);
    }

    /// <summary>The only append for one asset, which must carry a <typeparamref name="T"/>.</summary>
    public static T EventFor<T>(this ScopeDecision decision, string assetId)
    {
        var append = Assert.Single(decision.Appends, a => a.AssetId == assetId);
        return Assert.IsType<T>(append.Event);
    }

    public static ScopeScanned Scanned(this ScopeDecision decision)
    {
        var scanned = Assert.IsType<ScopeScanned>(decision.ScopeEvent);
        Assert.Equal(decision.Counts, scanned.Counts);
        return scanned;
    }

    public static ScanCounts Counts(int observed = 0, int @new = 0, int reappeared = 0, int changed = 0, int gone = 0, int unchanged = 0, int ambiguous = 0) =>
        new(observed, @new, reappeared, changed, gone, unchanged, ambiguous);

    /// <summary>A description as field/value pairs in ordinal order, for exact comparison.</summary>
    public static KeyValuePair<string, string>[] Sorted(IEnumerable<KeyValuePair<string, string>> fields) =>
        fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToArray();

    public static KeyValuePair<string, string>[] Fields(params (string Field, string Value)[] fields) =>
        Sorted(fields.Select(f => KeyValuePair.Create(f.Field, f.Value)));
}
