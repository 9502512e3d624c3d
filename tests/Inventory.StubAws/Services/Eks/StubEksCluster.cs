namespace Inventory.StubAws.Services.Eks;

/// <summary>An EKS cluster, answered as the "cluster" of DescribeCluster.</summary>
public sealed class StubEksCluster(string name)
{
    public string Name { get; } = name;
    public string Status { get; set; } = "ACTIVE";
    public string Version { get; set; } = "1.31";
    public string PlatformVersion { get; set; } = "eks.12";

    /// <summary>Null: a role named after the cluster in the cluster's account.</summary>
    public string? RoleArn { get; set; }

    /// <summary>The 32 hex digits EKS puts in the endpoint and OIDC issuer; derived from the name so they are stable across scans.</summary>
    public string Id { get; set; } =
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));

    public string? VpcId { get; set; }
    public List<string> SubnetIds { get; } = [];
    public List<string> SecurityGroupIds { get; } = [];
    public string? ClusterSecurityGroupId { get; set; }
    public bool EndpointPublicAccess { get; set; } = true;
    public bool EndpointPrivateAccess { get; set; }
    public List<string> PublicAccessCidrs { get; } = ["0.0.0.0/0"];
    public DateTime CreatedAt { get; set; } = new(2025, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);
    public Dictionary<string, string> Tags { get; } = [];
    public List<StubNodegroup> Nodegroups { get; } = [];

    public string Arn(string accountId, string region) => $"arn:aws:eks:{region}:{accountId}:cluster/{Name}";

    internal object ToJson(string accountId, string region) => new
    {
        name = Name,
        arn = Arn(accountId, region),
        createdAt = EpochSeconds(CreatedAt),
        version = Version,
        // A cluster being created has no endpoint yet.
        endpoint = Status == "CREATING" ? null : $"https://{Id}.gr7.{region}.eks.amazonaws.com",
        roleArn = RoleArn ?? $"arn:aws:iam::{accountId}:role/{Name}-cluster-role",
        resourcesVpcConfig = new
        {
            subnetIds = SubnetIds,
            securityGroupIds = SecurityGroupIds,
            clusterSecurityGroupId = ClusterSecurityGroupId,
            vpcId = VpcId,
            endpointPublicAccess = EndpointPublicAccess,
            endpointPrivateAccess = EndpointPrivateAccess,
            publicAccessCidrs = PublicAccessCidrs,
        },
        kubernetesNetworkConfig = new { serviceIpv4Cidr = "172.20.0.0/16", ipFamily = "ipv4" },
        logging = new { clusterLogging = new[] { new { types = new[] { "api", "audit" }, enabled = true } } },
        identity = new { oidc = new { issuer = $"https://oidc.eks.{region}.amazonaws.com/id/{Id}" } },
        status = Status,
        certificateAuthority = new { data = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==" },
        clientRequestToken = "stub-" + Name,
        platformVersion = PlatformVersion,
        tags = Tags,
        health = new { issues = Array.Empty<object>() },
        accessConfig = new { authenticationMode = "API_AND_CONFIG_MAP" },
    };

    internal static double EpochSeconds(DateTime time) => (time - DateTime.UnixEpoch).TotalMilliseconds / 1000;
}
