using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Eks;

/// <summary>The EKS clusters of one region, each with its node groups.</summary>
public sealed class EksEstate
{
    public List<StubEksCluster> Clusters { get; } = [];
}

public static class EksEstateExtensions
{
    public static EksEstate Eks(this StubRegion region) => region.Service<EksEstate>();
}
