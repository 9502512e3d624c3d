using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Rds;

/// <summary>The RDS resources of one region; tests add, change and remove them between scans.</summary>
public sealed class RdsEstate
{
    public List<StubDbInstance> Instances { get; } = [];
    public List<StubDbCluster> Clusters { get; } = [];
    public List<StubDbSubnetGroup> SubnetGroups { get; } = [];
}

public static class RdsEstateExtensions
{
    public static RdsEstate Rds(this StubRegion region) => region.Service<RdsEstate>();
}
