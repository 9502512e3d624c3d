using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;

namespace Inventory.Discovery.Collectors.Rds;

/// <summary>DB clusters (Aurora, Multi-AZ DB clusters) from DescribeDBClusters, deleting ones included.</summary>
internal static class RdsDbClusters
{
    public const string ResourceType = "rds:db-cluster";

    /// <param name="subnetGroups">The region's DB subnet groups by name: a cluster names its group but not the group's VPC.</param>
    public static Observation Map(XElement cluster, IReadOnlyDictionary<string, RdsSubnetGroup> subnetGroups)
    {
        var tags = RdsXml.Tags(cluster);
        var id = cluster.Text("DBClusterIdentifier");
        var subnetGroup = cluster.Text("DBSubnetGroup") is { } name ? subnetGroups.GetValueOrDefault(name, RdsSubnetGroup.None) : RdsSubnetGroup.None;
        var members = cluster.All("DBClusterMembers", "DBClusterMember").ToList();
        return new Observation
        {
            Arn = cluster.Text("DBClusterArn"),
            ResourceId = id,
            Name = NameOr(tags, id ?? ""),
            ResourceType = ResourceType,
            State = cluster.Text("Status"),
            Tags = tags,
            DnsNames = Present([cluster.Text("Endpoint"), cluster.Text("ReaderEndpoint"), .. cluster.Texts("CustomEndpoints", "member")]),
            Attributes = Attributes(Describe(cluster, members)),
            Related =
            [
                .. Related("vpc", subnetGroup.VpcId),
                .. Related("subnet", subnetGroup.SubnetIds),
                .. Related("security-group", cluster.Texts("VpcSecurityGroups", "VpcSecurityGroupMembership", "VpcSecurityGroupId")),
                .. Related("db-instance", members.Select(m => m.Text("DBInstanceIdentifier"))),
            ],
        };
    }

    private static object Describe(XElement cluster, IEnumerable<XElement> members) => new
    {
        Engine = cluster.Text("Engine"),
        EngineVersion = cluster.Text("EngineVersion"),
        EngineMode = cluster.Text("EngineMode"),
        DBClusterInstanceClass = cluster.Text("DBClusterInstanceClass"),
        AllocatedStorage = cluster.Number("AllocatedStorage"),
        StorageType = cluster.Text("StorageType"),
        Iops = cluster.Number("Iops"),
        StorageEncrypted = cluster.Bool("StorageEncrypted"),
        KmsKeyId = cluster.Text("KmsKeyId"),
        MultiAZ = cluster.Bool("MultiAZ"),
        AvailabilityZones = cluster.SortedTexts("AvailabilityZones", "AvailabilityZone"),
        Port = cluster.Number("Port"),
        HostedZoneId = cluster.Text("HostedZoneId"),
        DatabaseName = cluster.Text("DatabaseName"),
        MasterUsername = cluster.Text("MasterUsername"),
        DBSubnetGroup = cluster.Text("DBSubnetGroup"),
        DBClusterParameterGroup = cluster.Text("DBClusterParameterGroup"),
        DbClusterResourceId = cluster.Text("DbClusterResourceId"),
        ReplicationSourceIdentifier = cluster.Text("ReplicationSourceIdentifier"),
        ClusterCreateTime = cluster.Time("ClusterCreateTime"),
        EarliestRestorableTime = cluster.Time("EarliestRestorableTime"),
        LatestRestorableTime = cluster.Time("LatestRestorableTime"),
        BackupRetentionPeriod = cluster.Number("BackupRetentionPeriod"),
        PreferredBackupWindow = cluster.Text("PreferredBackupWindow"),
        PreferredMaintenanceWindow = cluster.Text("PreferredMaintenanceWindow"),
        DeletionProtection = cluster.Bool("DeletionProtection"),
        IAMDatabaseAuthenticationEnabled = cluster.Bool("IAMDatabaseAuthenticationEnabled"),
        HttpEndpointEnabled = cluster.Bool("HttpEndpointEnabled"),
        CopyTagsToSnapshot = cluster.Bool("CopyTagsToSnapshot"),
        NetworkType = cluster.Text("NetworkType"),
        // Which member writes is worth a change event: it moves on failover.
        Members = members
            .Select(m => new { DBInstanceIdentifier = m.Text("DBInstanceIdentifier"), IsClusterWriter = m.Bool("IsClusterWriter"), PromotionTier = m.Number("PromotionTier") })
            .OrderBy(m => m.DBInstanceIdentifier, StringComparer.Ordinal)
            .ToList(),
    };
}
