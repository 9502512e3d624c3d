using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.ElastiCache;

/// <summary>The ElastiCache resources of one region; tests add, change and remove them between scans.</summary>
public sealed class ElastiCacheEstate
{
    public List<StubCacheCluster> Clusters { get; } = [];
    public List<StubReplicationGroup> ReplicationGroups { get; } = [];
    public List<StubCacheSubnetGroup> SubnetGroups { get; } = [];
}

public static class ElastiCacheEstateExtensions
{
    public static ElastiCacheEstate ElastiCache(this StubRegion region) => region.Service<ElastiCacheEstate>();
}
