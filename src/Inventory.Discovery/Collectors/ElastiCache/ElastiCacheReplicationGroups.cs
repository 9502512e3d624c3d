using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;

namespace Inventory.Discovery.Collectors.ElastiCache;

/// <summary>Replication groups (Redis/Valkey primaries with replicas, or sharded clusters) from DescribeReplicationGroups.</summary>
internal static class ElastiCacheReplicationGroups
{
    public const string ResourceType = "elasticache:replication-group";

    public static string Arn(XElement group, string region, string accountId) =>
        group.Text("ARN") ?? Arns.ElastiCacheReplicationGroup(region, accountId, group.Text("ReplicationGroupId") ?? "");

    public static IEnumerable<string?> MemberClusterIds(XElement group) => group.Texts("MemberClusters", "ClusterId");

    /// <param name="tags">From ListTagsForResource: DescribeReplicationGroups answers none.</param>
    /// <param name="memberNetwork">
    /// The VPC, subnets and security groups of the member clusters: a replication group's own answer names none,
    /// yet it is what people think of as "the Redis in that VPC".
    /// </param>
    public static Observation Map(XElement group, string arn, IReadOnlyDictionary<string, string> tags, IEnumerable<RelatedResource> memberNetwork)
    {
        var id = group.Text("ReplicationGroupId");
        var nodeGroups = group.All("NodeGroups", "NodeGroup").ToList();
        return new Observation
        {
            Arn = arn,
            ResourceId = id,
            Name = NameOr(tags, id ?? ""),
            ResourceType = ResourceType,
            State = group.Text("Status"),
            Tags = tags,
            DnsNames = Present(
            [
                group.Text("ConfigurationEndpoint", "Address"),
                .. nodeGroups.SelectMany(g => new[] { g.Text("PrimaryEndpoint", "Address"), g.Text("ReaderEndpoint", "Address") }),
            ]),
            Attributes = Attributes(Describe(group, nodeGroups)),
            Related = [.. Related("cluster", MemberClusterIds(group)), .. memberNetwork.Distinct()],
        };
    }

    private static object Describe(XElement group, IReadOnlyList<XElement> nodeGroups) => new
    {
        Description = group.Text("Description"),
        Engine = group.Text("Engine"),
        CacheNodeType = group.Text("CacheNodeType"),
        ClusterEnabled = group.Bool("ClusterEnabled"),
        ClusterMode = group.Text("ClusterMode"),
        NodeGroupCount = nodeGroups.Count,
        Port = group.Number("ConfigurationEndpoint", "Port") ?? nodeGroups.Select(g => g.Number("PrimaryEndpoint", "Port")).FirstOrDefault(p => p is not null),
        AutomaticFailover = group.Text("AutomaticFailover"),
        MultiAZ = group.Text("MultiAZ"),
        GlobalReplicationGroupId = group.Text("GlobalReplicationGroupInfo", "GlobalReplicationGroupId"),
        ReplicationGroupCreateTime = group.Time("ReplicationGroupCreateTime"),
        SnapshotRetentionLimit = group.Number("SnapshotRetentionLimit"),
        SnapshotWindow = group.Text("SnapshotWindow"),
        AutoMinorVersionUpgrade = group.Bool("AutoMinorVersionUpgrade"),
        AuthTokenEnabled = group.Bool("AuthTokenEnabled"),
        TransitEncryptionEnabled = group.Bool("TransitEncryptionEnabled"),
        TransitEncryptionMode = group.Text("TransitEncryptionMode"),
        AtRestEncryptionEnabled = group.Bool("AtRestEncryptionEnabled"),
        KmsKeyId = group.Text("KmsKeyId"),
        DataTiering = group.Text("DataTiering"),
        NetworkType = group.Text("NetworkType"),
        IpDiscovery = group.Text("IpDiscovery"),
    };
}
