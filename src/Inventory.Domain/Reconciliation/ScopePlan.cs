namespace Inventory.Domain.Reconciliation;

/// <summary>
/// One chunk of a scan matched against its scope: every event decided, except for the assets whose fingerprint differs,
/// which need their previous description to say exactly which fields changed.
/// </summary>
public sealed class ScopePlan
{
    internal ScopePlan(IReadOnlyList<object> steps)
    {
        Steps = steps;
        AssetsToCompare = steps.OfType<Comparison>().Select(c => c.Record.Id).ToList();
    }

    internal IReadOnlyList<object> Steps { get; }

    /// <summary>Assets whose previous description the decision needs.</summary>
    public IReadOnlyList<string> AssetsToCompare { get; }

    /// <summary>An active asset seen with a different fingerprint: changed, unless its description turns out equal.</summary>
    internal sealed record Comparison(AssetRecord Record, SortedList<string, string> Fields, string Fingerprint);
}
