using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;

namespace Inventory.Discovery.Collectors.Rds;

/// <summary>DB instances from DescribeDBInstances, deleting ones included (the reconciler counts them as gone).</summary>
internal static class RdsDbInstances
{
    public const string ResourceType = "rds:db-instance";

    public static Observation Map(XElement db)
    {
        var tags = RdsXml.Tags(db);
        var id = db.Text("DBInstanceIdentifier");
        var subnetGroup = RdsSubnetGroup.From(db.Child("DBSubnetGroup"));
        return new Observation
        {
            Arn = db.Text("DBInstanceArn"),
            ResourceId = id,
            Name = NameOr(tags, id ?? ""),
            ResourceType = ResourceType,
            State = db.Text("DBInstanceStatus"),
            Tags = tags,
            DnsNames = Present([db.Text("Endpoint", "Address")]),
            Attributes = Attributes(Describe(db)),
            Related =
            [
                .. Related("vpc", subnetGroup.VpcId),
                .. Related("subnet", subnetGroup.SubnetIds),
                .. Related("security-group", db.Texts("VpcSecurityGroups", "VpcSecurityGroupMembership", "VpcSecurityGroupId")),
                .. Related("cluster", db.Text("DBClusterIdentifier")),
            ],
        };
    }

    // Pending modifications and per-group apply statuses describe work in progress, not the database, so they are left out.
    private static object Describe(XElement db) => new
    {
        Engine = db.Text("Engine"),
        EngineVersion = db.Text("EngineVersion"),
        DBInstanceClass = db.Text("DBInstanceClass"),
        AllocatedStorage = db.Number("AllocatedStorage"),
        StorageType = db.Text("StorageType"),
        Iops = db.Number("Iops"),
        StorageThroughput = db.Number("StorageThroughput"),
        StorageEncrypted = db.Bool("StorageEncrypted"),
        KmsKeyId = db.Text("KmsKeyId"),
        MultiAZ = db.Bool("MultiAZ"),
        AvailabilityZone = db.Text("AvailabilityZone"),
        SecondaryAvailabilityZone = db.Text("SecondaryAvailabilityZone"),
        PubliclyAccessible = db.Bool("PubliclyAccessible"),
        Port = db.Number("Endpoint", "Port"),
        HostedZoneId = db.Text("Endpoint", "HostedZoneId"),
        DBName = db.Text("DBName"),
        MasterUsername = db.Text("MasterUsername"),
        DBClusterIdentifier = db.Text("DBClusterIdentifier"),
        DBSubnetGroupName = db.Text("DBSubnetGroup", "DBSubnetGroupName"),
        DBParameterGroups = db.SortedTexts("DBParameterGroups", "DBParameterGroup", "DBParameterGroupName"),
        OptionGroups = db.SortedTexts("OptionGroupMemberships", "OptionGroupMembership", "OptionGroupName"),
        ReadReplicaSourceDBInstanceIdentifier = db.Text("ReadReplicaSourceDBInstanceIdentifier"),
        ReadReplicaDBInstanceIdentifiers = db.SortedTexts("ReadReplicaDBInstanceIdentifiers", "ReadReplicaDBInstanceIdentifier"),
        LicenseModel = db.Text("LicenseModel"),
        DbiResourceId = db.Text("DbiResourceId"),
        CACertificateIdentifier = db.Text("CACertificateIdentifier"),
        InstanceCreateTime = db.Time("InstanceCreateTime"),
        LatestRestorableTime = db.Time("LatestRestorableTime"),
        BackupRetentionPeriod = db.Number("BackupRetentionPeriod"),
        PreferredBackupWindow = db.Text("PreferredBackupWindow"),
        PreferredMaintenanceWindow = db.Text("PreferredMaintenanceWindow"),
        AutoMinorVersionUpgrade = db.Bool("AutoMinorVersionUpgrade"),
        DeletionProtection = db.Bool("DeletionProtection"),
        IAMDatabaseAuthenticationEnabled = db.Bool("IAMDatabaseAuthenticationEnabled"),
        PerformanceInsightsEnabled = db.Bool("PerformanceInsightsEnabled"),
        MonitoringInterval = db.Number("MonitoringInterval"),
        CopyTagsToSnapshot = db.Bool("CopyTagsToSnapshot"),
        NetworkType = db.Text("NetworkType"),
    };
}
