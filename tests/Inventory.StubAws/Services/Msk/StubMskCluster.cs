namespace Inventory.StubAws.Services.Msk;

/// <summary>An MSK cluster, answered as a Cluster of ListClustersV2 (MSK's wire names are lower camel case).</summary>
public sealed class StubMskCluster(string name)
{
    public string Name { get; } = name;

    /// <summary>The id at the end of the cluster's ARN; derived from the name so it is stable across scans.</summary>
    public string Id { get; set; } = new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)) + "-3";

    public bool Serverless { get; set; }
    public string State { get; set; } = "ACTIVE";
    public DateTime CreationTime { get; set; } = new(2025, 1, 5, 6, 7, 8, 901, DateTimeKind.Utc);
    public string KafkaVersion { get; set; } = "3.6.0";
    public string InstanceType { get; set; } = "kafka.m5.large";
    public int BrokerCount { get; set; } = 3;
    public int VolumeSize { get; set; } = 100;
    public List<string> SubnetIds { get; } = [];
    public List<string> SecurityGroupIds { get; } = [];
    public Dictionary<string, string> Tags { get; } = [];

    public string Arn(string accountId, string region) => $"arn:aws:kafka:{region}:{accountId}:cluster/{Name}/{Id}";

    internal object ToJson(string accountId, string region) => new
    {
        activeOperationArn = State == "UPDATING" ? $"arn:aws:kafka:{region}:{accountId}:cluster-operation/{Name}/{Id}/op-1" : null,
        clusterArn = Arn(accountId, region),
        clusterName = Name,
        clusterType = Serverless ? "SERVERLESS" : "PROVISIONED",
        creationTime = CreationTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        currentVersion = "K3AEGXETSR30VB",
        state = State,
        stateInfo = State == "FAILED" ? new { code = "InternalError", message = "The cluster failed." } : null,
        tags = Tags,
        provisioned = Serverless ? null : Provisioned(region),
        serverless = Serverless
            ? new
            {
                vpcConfigs = new[] { new { subnetIds = SubnetIds, securityGroupIds = SecurityGroupIds } },
                clientAuthentication = new { sasl = new { iam = new { enabled = true } } },
            }
            : null,
    };

    private object Provisioned(string region) => new
    {
        brokerNodeGroupInfo = new
        {
            brokerAZDistribution = "DEFAULT",
            clientSubnets = SubnetIds,
            instanceType = InstanceType,
            securityGroups = SecurityGroupIds,
            storageInfo = new { ebsStorageInfo = new { volumeSize = VolumeSize } },
        },
        currentBrokerSoftwareInfo = new { kafkaVersion = KafkaVersion },
        encryptionInfo = new { encryptionInTransit = new { clientBroker = "TLS", inCluster = true } },
        enhancedMonitoring = "DEFAULT",
        numberOfBrokerNodes = BrokerCount,
        storageMode = "LOCAL",
        zookeeperConnectString = $"z-1.{Name}.abc123.c2.kafka.{region}.amazonaws.com:2181",
    };
}
