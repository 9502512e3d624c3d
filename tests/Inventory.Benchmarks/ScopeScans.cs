using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;

namespace Inventory.Benchmarks;

/// <summary>The three scans of the synthetic scope: first sight, the identical rescan, and one with 1% changed.</summary>
internal sealed record ScopeScans(List<Observation> Instances, ScopeScan FirstSight, ScopeScan Rescan, ScopeScan OnePercentChanged)
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Cause Cause = Cause.DiscoveryJob("benchmark");

    /// <summary>An empty clean scan of another scope: compiles the handler and warms Marten, creates no asset.</summary>
    public static readonly ScopeScan WarmUp = ScopeScan.Clean(Ec2Scope.WarmUpScope, At, Cause, []);

    public int Assets => Instances.Count;
    public int ExpectedChanged => (Assets + 99) / 100;

    public static ScopeScans Of(int assets)
    {
        var instances = Ec2Scope.Instances(assets);
        return new ScopeScans(instances,
            ScopeScan.Clean(Ec2Scope.Scope, At, Cause, instances),
            ScopeScan.Clean(Ec2Scope.Scope, At.AddHours(1), Cause, instances),
            ScopeScan.Clean(Ec2Scope.Scope, At.AddHours(2), Cause, Ec2Scope.WithOnePercentChanged(instances)));
    }
}
