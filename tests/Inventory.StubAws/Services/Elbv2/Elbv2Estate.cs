using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Elbv2;

/// <summary>The load balancers and target groups of one region; tests add, change and remove them between scans.</summary>
public sealed class Elbv2Estate
{
    public List<StubLoadBalancer> LoadBalancers { get; } = [];
    public List<StubTargetGroup> TargetGroups { get; } = [];
}

public static class Elbv2EstateExtensions
{
    public static Elbv2Estate Elbv2(this StubRegion region) => region.Service<Elbv2Estate>();
}
