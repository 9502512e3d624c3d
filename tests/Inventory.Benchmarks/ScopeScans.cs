using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;

namespace Inventory.Benchmarks;

/// <summary>
/// The three scans of the synthetic scope (first sight, the identical rescan, one with 1% changed), each a listing
/// generated page by page while it is recorded, the way a collector pages through AWS: no scan holds the scope.
/// </summary>
internal sealed record ScopeScans(int Assets)
{
    /// <summary>Observations per generated page, as many as one DescribeInstances page.</summary>
    public const int PageSize = 1000;

    private static readonly DateTimeOffset At = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Cause Cause = Cause.DiscoveryJob("benchmark");

    /// <summary>An empty clean scan of another scope: compiles the handler and warms Marten, creates no asset.</summary>
    public static readonly ScopeScan WarmUp = ScopeScan.Clean(Ec2Scope.WarmUpScope, At, Cause, []);

    public static readonly DateTimeOffset FirstSightAt = At;

    public int ExpectedChanged => (Assets + 99) / 100;

    public ScopeScan FirstSight() => Listed(At, onePercentChanged: false);

    public ScopeScan Rescan() => Listed(At.AddHours(1), onePercentChanged: false);

    public ScopeScan OnePercentChanged() => Listed(At.AddHours(2), onePercentChanged: true);

    /// <summary>The observations in pages, generated as they are read.</summary>
    public IEnumerable<IReadOnlyList<Observation>> Pages(bool onePercentChanged) =>
        Ec2Scope.Instances(Assets, onePercentChanged).Chunk(PageSize);

    private ScopeScan Listed(DateTimeOffset at, bool onePercentChanged)
    {
        var listing = new ScopeListing();
        _ = ScopeListing.FeedAsync(listing, Pages(onePercentChanged).ToAsyncEnumerable(), null);
        return ScopeScan.Listed(Ec2Scope.Scope, at, Cause, listing);
    }
}
