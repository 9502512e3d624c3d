using static Inventory.StubAws.Services.Rds.RdsStubXml;

namespace Inventory.StubAws.Services.Rds;

/// <summary>An RDS DB instance, standalone or a member of a DB cluster.</summary>
public sealed class StubDbInstance(string identifier)
{
    public string Identifier { get; } = identifier;
    public string Status { get; set; } = "available";
    public string Engine { get; set; } = "postgres";
    public string EngineVersion { get; set; } = "16.3";
    public string InstanceClass { get; set; } = "db.t3.micro";
    public int AllocatedStorage { get; set; } = 20;
    public string StorageType { get; set; } = "gp3";
    public bool StorageEncrypted { get; set; }
    public string? KmsKeyId { get; set; }
    public bool MultiAZ { get; set; }
    public bool PubliclyAccessible { get; set; }
    public bool DeletionProtection { get; set; }
    public string AvailabilityZone { get; set; } = "eu-west-1a";

    /// <summary>The endpoint's DNS name; null while AWS has not assigned one (an instance being created).</summary>
    public string? EndpointAddress { get; set; }

    public int Port { get; set; } = 5432;
    public string MasterUsername { get; set; } = "admin";
    public string? DbName { get; set; }
    public string? ClusterIdentifier { get; set; }
    public StubDbSubnetGroup? SubnetGroup { get; set; }
    public List<string> SecurityGroupIds { get; } = [];
    public DateTime CreateTime { get; set; } = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    /// <summary>Moves forward all the time in AWS; tests move it to show it never counts as a change.</summary>
    public DateTime LatestRestorableTime { get; set; } = new(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    public Dictionary<string, string> Tags { get; } = [];

    public string Arn(string region, string accountId) => $"arn:aws:rds:{region}:{accountId}:db:{Identifier}";

    internal IEnumerable<object?> ToXml(string region, string accountId) =>
    [
        V("DBInstanceIdentifier", Identifier),
        V("DBInstanceClass", InstanceClass),
        V("Engine", Engine),
        V("DBInstanceStatus", Status),
        V("MasterUsername", MasterUsername),
        V("DBName", DbName),
        EndpointAddress is null ? null : E("Endpoint", V("Address", EndpointAddress), V("Port", Port), V("HostedZoneId", "Z29XKXDKYMONMX")),
        V("AllocatedStorage", AllocatedStorage),
        V("InstanceCreateTime", CreateTime),
        V("PreferredBackupWindow", "03:00-03:30"),
        V("BackupRetentionPeriod", 7),
        E("DBSecurityGroups"),
        SecurityGroups(SecurityGroupIds),
        List("DBParameterGroups", "DBParameterGroup", [new object?[] { V("DBParameterGroupName", "default." + Engine), V("ParameterApplyStatus", "in-sync") }]),
        V("AvailabilityZone", AvailabilityZone),
        SubnetGroup is null ? null : E("DBSubnetGroup", SubnetGroup.ToXml(region, accountId)),
        V("PreferredMaintenanceWindow", "sun:04:00-sun:04:30"),
        E("PendingModifiedValues"),
        V("LatestRestorableTime", LatestRestorableTime),
        V("MultiAZ", MultiAZ),
        V("EngineVersion", EngineVersion),
        V("AutoMinorVersionUpgrade", true),
        E("ReadReplicaDBInstanceIdentifiers"),
        V("LicenseModel", "postgresql-license"),
        List("OptionGroupMemberships", "OptionGroupMembership", [new object?[] { V("OptionGroupName", "default:" + Engine), V("Status", "in-sync") }]),
        V("PubliclyAccessible", PubliclyAccessible),
        V("StorageType", StorageType),
        V("DbInstancePort", 0),
        V("DBClusterIdentifier", ClusterIdentifier),
        V("StorageEncrypted", StorageEncrypted),
        V("KmsKeyId", KmsKeyId),
        V("DbiResourceId", "db-STUB" + Identifier.ToUpperInvariant()),
        V("CACertificateIdentifier", "rds-ca-rsa2048-g1"),
        E("DomainMemberships"),
        V("CopyTagsToSnapshot", false),
        V("MonitoringInterval", 0),
        V("DBInstanceArn", Arn(region, accountId)),
        V("IAMDatabaseAuthenticationEnabled", false),
        V("PerformanceInsightsEnabled", false),
        V("DeletionProtection", DeletionProtection),
        RdsStubXml.Tags(Tags),
        V("NetworkType", "IPV4"),
    ];
}
