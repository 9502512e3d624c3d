namespace Inventory.StubAws.Services.Eks;

/// <summary>A managed node group, answered as the "nodegroup" of DescribeNodegroup.</summary>
public sealed class StubNodegroup(string name)
{
    public string Name { get; } = name;

    /// <summary>The id at the end of the node group's ARN; derived from the name so it is stable across scans.</summary>
    public string Id { get; set; } = new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString();

    public string Status { get; set; } = "ACTIVE";
    public string Version { get; set; } = "1.31";
    public string ReleaseVersion { get; set; } = "1.31.4-20250115";
    public string CapacityType { get; set; } = "ON_DEMAND";
    public List<string> InstanceTypes { get; } = ["t3.medium"];
    public string AmiType { get; set; } = "AL2023_x86_64_STANDARD";
    public int MinSize { get; set; } = 1;
    public int MaxSize { get; set; } = 3;
    public int DesiredSize { get; set; } = 2;
    public int DiskSize { get; set; } = 20;
    public List<string> SubnetIds { get; } = [];
    public Dictionary<string, string> Labels { get; } = [];
    public Dictionary<string, string> Tags { get; } = [];
    public DateTime CreatedAt { get; set; } = new(2025, 1, 3, 4, 5, 6, DateTimeKind.Utc);
    public DateTime ModifiedAt { get; set; } = new(2025, 1, 4, 5, 6, 7, DateTimeKind.Utc);

    public string Arn(string accountId, string region, string clusterName) =>
        $"arn:aws:eks:{region}:{accountId}:nodegroup/{clusterName}/{Name}/{Id}";

    internal object ToJson(string accountId, string region, string clusterName) => new
    {
        nodegroupName = Name,
        nodegroupArn = Arn(accountId, region, clusterName),
        clusterName,
        version = Version,
        releaseVersion = ReleaseVersion,
        createdAt = StubEksCluster.EpochSeconds(CreatedAt),
        modifiedAt = StubEksCluster.EpochSeconds(ModifiedAt),
        status = Status,
        capacityType = CapacityType,
        scalingConfig = new { minSize = MinSize, maxSize = MaxSize, desiredSize = DesiredSize },
        instanceTypes = InstanceTypes,
        subnets = SubnetIds,
        amiType = AmiType,
        nodeRole = $"arn:aws:iam::{accountId}:role/{clusterName}-node-role",
        labels = Labels,
        resources = new { autoScalingGroups = new[] { new { name = $"eks-{Name}-{Id}" } } },
        diskSize = DiskSize,
        health = new { issues = Array.Empty<object>() },
        updateConfig = new { maxUnavailable = 1 },
        tags = Tags,
    };
}
