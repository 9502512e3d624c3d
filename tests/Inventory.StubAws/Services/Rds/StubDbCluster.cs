using static Inventory.StubAws.Services.Rds.RdsStubXml;

namespace Inventory.StubAws.Services.Rds;

/// <summary>An RDS DB cluster (Aurora); its subnet group is named only, as DescribeDBClusters answers it.</summary>
public sealed class StubDbCluster(string identifier)
{
    public string Identifier { get; } = identifier;
    public string Status { get; set; } = "available";
    public string Engine { get; set; } = "aurora-postgresql";
    public string EngineVersion { get; set; } = "16.4";
    public string EngineMode { get; set; } = "provisioned";
    public string? Endpoint { get; set; }
    public string? ReaderEndpoint { get; set; }
    public List<string> CustomEndpoints { get; } = [];
    public int Port { get; set; } = 5432;
    public string? DatabaseName { get; set; }
    public string MasterUsername { get; set; } = "admin";
    public string? SubnetGroupName { get; set; }
    public List<string> SecurityGroupIds { get; } = [];

    /// <summary>Member instance identifier to whether it is the writer.</summary>
    public Dictionary<string, bool> Members { get; } = [];

    public List<string> AvailabilityZones { get; } = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];
    public bool StorageEncrypted { get; set; } = true;
    public bool DeletionProtection { get; set; }
    public DateTime CreateTime { get; set; } = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    public DateTime EarliestRestorableTime { get; set; } = new(2025, 5, 25, 0, 0, 0, DateTimeKind.Utc);
    public DateTime LatestRestorableTime { get; set; } = new(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    public Dictionary<string, string> Tags { get; } = [];

    public string Arn(string region, string accountId) => $"arn:aws:rds:{region}:{accountId}:cluster:{Identifier}";

    internal IEnumerable<object?> ToXml(string region, string accountId) =>
    [
        V("AllocatedStorage", 1),
        List("AvailabilityZones", "AvailabilityZone", AvailabilityZones),
        V("BackupRetentionPeriod", 1),
        V("DatabaseName", DatabaseName),
        V("DBClusterIdentifier", Identifier),
        V("DBClusterParameterGroup", "default." + Engine),
        V("DBSubnetGroup", SubnetGroupName),
        V("Status", Status),
        V("EarliestRestorableTime", EarliestRestorableTime),
        V("Endpoint", Endpoint),
        V("ReaderEndpoint", ReaderEndpoint),
        CustomEndpoints.Count == 0 ? null : List("CustomEndpoints", "member", CustomEndpoints),
        V("MultiAZ", Members.Count > 1),
        V("Engine", Engine),
        V("EngineVersion", EngineVersion),
        V("LatestRestorableTime", LatestRestorableTime),
        V("Port", Port),
        V("MasterUsername", MasterUsername),
        V("PreferredBackupWindow", "03:00-03:30"),
        V("PreferredMaintenanceWindow", "sun:04:00-sun:04:30"),
        E("ReadReplicaIdentifiers"),
        List("DBClusterMembers", "DBClusterMember", Members.Select(m => new object?[]
        {
            V("DBInstanceIdentifier", m.Key), V("IsClusterWriter", m.Value), V("DBClusterParameterGroupStatus", "in-sync"), V("PromotionTier", 1),
        })),
        SecurityGroups(SecurityGroupIds),
        V("HostedZoneId", "Z29XKXDKYMONMX"),
        V("StorageEncrypted", StorageEncrypted),
        V("DbClusterResourceId", "cluster-STUB" + Identifier.ToUpperInvariant()),
        V("DBClusterArn", Arn(region, accountId)),
        E("AssociatedRoles"),
        V("IAMDatabaseAuthenticationEnabled", false),
        V("ClusterCreateTime", CreateTime),
        V("EngineMode", EngineMode),
        V("DeletionProtection", DeletionProtection),
        V("HttpEndpointEnabled", false),
        V("CopyTagsToSnapshot", false),
        V("CrossAccountClone", false),
        E("DomainMemberships"),
        RdsStubXml.Tags(Tags),
        V("StorageType", "aurora"),
        V("NetworkType", "IPV4"),
    ];
}
