using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;

namespace Inventory.Discovery.Collectors.ElastiCache;

/// <summary>Cache clusters (Redis/Valkey nodes of a replication group, or Memcached clusters) from DescribeCacheClusters.</summary>
internal static class ElastiCacheClusters
{
    public const string ResourceType = "elasticache:cluster";

    /// <summary>The ARN ElastiCache answers; older answers and some emulators leave it out, so it is built then.</summary>
    public static string Arn(XElement cluster, string region, string accountId) =>
        cluster.Text("ARN") ?? Arns.ElastiCacheCluster(region, accountId, cluster.Text("CacheClusterId") ?? "");

    /// <param name="tags">From ListTagsForResource: DescribeCacheClusters answers none.</param>
    public static Observation Map(XElement cluster, string arn, IReadOnlyDictionary<string, string> tags, ElastiCacheSubnetGroup subnetGroup)
    {
        var id = cluster.Text("CacheClusterId");
        var nodes = cluster.All("CacheNodes", "CacheNode").ToList();
        return new Observation
        {
            Arn = arn,
            ResourceId = id,
            Name = NameOr(tags, id ?? ""),
            ResourceType = ResourceType,
            State = cluster.Text("CacheClusterStatus"),
            Tags = tags,
            DnsNames = Present([cluster.Text("ConfigurationEndpoint", "Address"), .. nodes.Select(n => n.Text("Endpoint", "Address"))]),
            Attributes = Attributes(Describe(cluster, nodes)),
            Related =
            [
                .. Related("vpc", subnetGroup.VpcId),
                .. Related("subnet", subnetGroup.SubnetIds),
                .. Related("security-group", cluster.Texts("SecurityGroups", "member", "SecurityGroupId")),
                .. Related("replication-group", cluster.Text("ReplicationGroupId")),
            ],
        };
    }

    // Node and parameter-group statuses describe work in progress, not the cluster, so they are left out.
    private static object Describe(XElement cluster, IReadOnlyList<XElement> nodes) => new
    {
        Engine = cluster.Text("Engine"),
        EngineVersion = cluster.Text("EngineVersion"),
        CacheNodeType = cluster.Text("CacheNodeType"),
        NumCacheNodes = cluster.Number("NumCacheNodes"),
        PreferredAvailabilityZone = cluster.Text("PreferredAvailabilityZone"),
        Port = cluster.Number("ConfigurationEndpoint", "Port") ?? nodes.Select(n => n.Number("Endpoint", "Port")).FirstOrDefault(p => p is not null),
        CacheSubnetGroupName = cluster.Text("CacheSubnetGroupName"),
        CacheParameterGroupName = cluster.Text("CacheParameterGroup", "CacheParameterGroupName"),
        ReplicationGroupId = cluster.Text("ReplicationGroupId"),
        CacheClusterCreateTime = cluster.Time("CacheClusterCreateTime"),
        PreferredMaintenanceWindow = cluster.Text("PreferredMaintenanceWindow"),
        SnapshotRetentionLimit = cluster.Number("SnapshotRetentionLimit"),
        SnapshotWindow = cluster.Text("SnapshotWindow"),
        AutoMinorVersionUpgrade = cluster.Bool("AutoMinorVersionUpgrade"),
        AuthTokenEnabled = cluster.Bool("AuthTokenEnabled"),
        TransitEncryptionEnabled = cluster.Bool("TransitEncryptionEnabled"),
        AtRestEncryptionEnabled = cluster.Bool("AtRestEncryptionEnabled"),
        NetworkType = cluster.Text("NetworkType"),
        IpDiscovery = cluster.Text("IpDiscovery"),
        CacheNodes = nodes
            .Select(n => new { CacheNodeId = n.Text("CacheNodeId"), CustomerAvailabilityZone = n.Text("CustomerAvailabilityZone") })
            .OrderBy(n => n.CacheNodeId, StringComparer.Ordinal)
            .ToList(),
    };
}
