using static Inventory.StubAws.Services.ElastiCache.ElastiCacheStubXml;

namespace Inventory.StubAws.Services.ElastiCache;

/// <summary>
/// A Redis replication group. Its members are the estate's clusters naming it; with cluster mode off it has one
/// node group with primary and reader endpoints, with cluster mode on a configuration endpoint instead.
/// </summary>
public sealed class StubReplicationGroup(string replicationGroupId)
{
    public string ReplicationGroupId { get; } = replicationGroupId;
    public string Description { get; set; } = "Replication group " + replicationGroupId;
    public string Status { get; set; } = "available";
    public string Engine { get; set; } = "redis";
    public string CacheNodeType { get; set; } = "cache.t3.micro";
    public int Port { get; set; } = 6379;
    public string? PrimaryEndpoint { get; set; }
    public string? ReaderEndpoint { get; set; }

    /// <summary>Set for cluster mode on, which has no primary or reader endpoint.</summary>
    public string? ConfigurationEndpoint { get; set; }

    public string AutomaticFailover { get; set; } = "enabled";
    public string MultiAZ { get; set; } = "enabled";
    public bool TransitEncryptionEnabled { get; set; } = true;
    public bool AtRestEncryptionEnabled { get; set; } = true;
    public DateTime CreateTime { get; set; } = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    public Dictionary<string, string> Tags { get; } = [];
    public bool AnswersArn { get; set; } = true;

    /// <summary>Still listed, but deleted by the time anything else asks about it (its tags).</summary>
    public bool GoneAfterListing { get; set; }

    public string Arn(string region, string accountId) => $"arn:aws:elasticache:{region}:{accountId}:replicationgroup:{ReplicationGroupId}";

    private bool ClusterMode => ConfigurationEndpoint is not null;

    internal IEnumerable<object?> ToXml(string region, string accountId, IReadOnlyList<StubCacheCluster> members) =>
    [
        V("ReplicationGroupId", ReplicationGroupId),
        V("Description", Description),
        E("GlobalReplicationGroupInfo"),
        V("Status", Status),
        E("PendingModifiedValues"),
        List("MemberClusters", "ClusterId", members.Select(m => m.CacheClusterId)),
        List("NodeGroups", "NodeGroup", [new object?[]
        {
            V("NodeGroupId", "0001"),
            V("Status", Status),
            ClusterMode ? null : Endpoint("PrimaryEndpoint", PrimaryEndpoint, Port),
            ClusterMode ? null : Endpoint("ReaderEndpoint", ReaderEndpoint, Port),
            V("Slots", ClusterMode ? "0-16383" : null),
            List("NodeGroupMembers", "NodeGroupMember", members.Select((m, i) => new object?[]
            {
                V("CacheClusterId", m.CacheClusterId),
                V("CacheNodeId", "0001"),
                ClusterMode ? null : Endpoint("ReadEndpoint", m.NodeAddresses.FirstOrDefault(), Port),
                V("PreferredAvailabilityZone", m.PreferredAvailabilityZone),
                V("CurrentRole", ClusterMode ? null : i == 0 ? "primary" : "replica"),
            })),
        }]),
        V("AutomaticFailover", AutomaticFailover),
        V("MultiAZ", MultiAZ),
        Endpoint("ConfigurationEndpoint", ConfigurationEndpoint, Port),
        V("SnapshotRetentionLimit", 1),
        V("SnapshotWindow", "04:00-05:00"),
        V("ClusterEnabled", ClusterMode),
        V("CacheNodeType", CacheNodeType),
        V("AuthTokenEnabled", false),
        V("TransitEncryptionEnabled", TransitEncryptionEnabled),
        V("AtRestEncryptionEnabled", AtRestEncryptionEnabled),
        AnswersArn ? V("ARN", Arn(region, accountId)) : null,
        E("UserGroupIds"),
        E("LogDeliveryConfigurations"),
        V("ReplicationGroupCreateTime", CreateTime),
        V("DataTiering", "disabled"),
        V("AutoMinorVersionUpgrade", true),
        V("NetworkType", "ipv4"),
        V("IpDiscovery", "ipv4"),
        V("TransitEncryptionMode", TransitEncryptionEnabled ? "required" : null),
        V("ClusterMode", ClusterMode ? "enabled" : "disabled"),
        V("Engine", Engine),
    ];
}
