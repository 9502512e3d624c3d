using static Inventory.StubAws.Services.ElastiCache.ElastiCacheStubXml;

namespace Inventory.StubAws.Services.ElastiCache;

/// <summary>A cache cluster: a Memcached cluster, or one Redis node of a replication group.</summary>
public sealed class StubCacheCluster(string cacheClusterId)
{
    public string CacheClusterId { get; } = cacheClusterId;
    public string Status { get; set; } = "available";
    public string Engine { get; set; } = "redis";
    public string EngineVersion { get; set; } = "7.1.0";
    public string CacheNodeType { get; set; } = "cache.t3.micro";
    public string PreferredAvailabilityZone { get; set; } = "eu-west-1a";
    public int Port { get; set; } = 6379;

    /// <summary>The DNS name of each node, in node order (0001, 0002, ...).</summary>
    public List<string> NodeAddresses { get; } = [];

    /// <summary>Memcached's configuration endpoint; Redis clusters have none.</summary>
    public string? ConfigurationEndpoint { get; set; }

    public string? SubnetGroupName { get; set; }
    public List<string> SecurityGroupIds { get; } = [];
    public string? ReplicationGroupId { get; set; }
    public bool TransitEncryptionEnabled { get; set; }
    public bool AtRestEncryptionEnabled { get; set; }
    public DateTime CreateTime { get; set; } = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    public Dictionary<string, string> Tags { get; } = [];

    /// <summary>False for answers without the ARN element, as older API answers and some emulators send.</summary>
    public bool AnswersArn { get; set; } = true;

    /// <summary>Still listed, but deleted by the time anything else asks about it (its tags).</summary>
    public bool GoneAfterListing { get; set; }

    public string Arn(string region, string accountId) => $"arn:aws:elasticache:{region}:{accountId}:cluster:{CacheClusterId}";

    public static string NodeId(int index) => (index + 1).ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    internal IEnumerable<object?> ToXml(string region, string accountId, bool showCacheNodeInfo) =>
    [
        V("CacheClusterId", CacheClusterId),
        Endpoint("ConfigurationEndpoint", ConfigurationEndpoint, Port),
        V("ClientDownloadLandingPage", "https://console.aws.amazon.com/elasticache/home#client-download:"),
        V("CacheNodeType", CacheNodeType),
        V("Engine", Engine),
        V("EngineVersion", EngineVersion),
        V("CacheClusterStatus", Status),
        V("NumCacheNodes", Math.Max(1, NodeAddresses.Count)),
        V("PreferredAvailabilityZone", PreferredAvailabilityZone),
        V("CacheClusterCreateTime", CreateTime),
        V("PreferredMaintenanceWindow", "sun:05:00-sun:06:00"),
        E("PendingModifiedValues"),
        E("CacheSecurityGroups"),
        E("CacheParameterGroup", V("CacheParameterGroupName", "default.redis7"), V("ParameterApplyStatus", "in-sync"), E("CacheNodeIdsToReboot")),
        V("CacheSubnetGroupName", SubnetGroupName),
        // Nodes are only described when the caller asks (ShowCacheNodeInfo), as AWS does.
        showCacheNodeInfo
            ? List("CacheNodes", "CacheNode", NodeAddresses.Select((address, i) => new object?[]
            {
                V("CacheNodeId", NodeId(i)), V("CacheNodeStatus", "available"), V("CacheNodeCreateTime", CreateTime),
                Endpoint("Endpoint", address, Port), V("ParameterGroupStatus", "in-sync"), V("CustomerAvailabilityZone", PreferredAvailabilityZone),
            }))
            : null,
        V("AutoMinorVersionUpgrade", true),
        List("SecurityGroups", "member", SecurityGroupIds.Select(id => new object?[] { V("SecurityGroupId", id), V("Status", "active") })),
        V("ReplicationGroupId", ReplicationGroupId),
        V("SnapshotRetentionLimit", 0),
        V("SnapshotWindow", "04:00-05:00"),
        V("AuthTokenEnabled", false),
        V("TransitEncryptionEnabled", TransitEncryptionEnabled),
        V("AtRestEncryptionEnabled", AtRestEncryptionEnabled),
        AnswersArn ? V("ARN", Arn(region, accountId)) : null,
        V("ReplicationGroupLogDeliveryEnabled", false),
        E("LogDeliveryConfigurations"),
        V("NetworkType", "ipv4"),
        V("IpDiscovery", "ipv4"),
    ];
}
