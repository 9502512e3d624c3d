using static Inventory.StubAws.Services.ElastiCache.ElastiCacheStubXml;

namespace Inventory.StubAws.Services.ElastiCache;

/// <summary>A cache subnet group: the VPC and subnets cache nodes are placed in.</summary>
public sealed class StubCacheSubnetGroup(string name, string vpcId)
{
    public string Name { get; } = name;
    public string VpcId { get; set; } = vpcId;

    /// <summary>Subnet id to its availability zone.</summary>
    public Dictionary<string, string> Subnets { get; } = [];

    internal IEnumerable<object?> ToXml(string region, string accountId) =>
    [
        V("CacheSubnetGroupName", Name),
        V("CacheSubnetGroupDescription", "Subnets of " + Name),
        V("VpcId", VpcId),
        List("Subnets", "Subnet", Subnets.Select(s => new object?[]
        {
            V("SubnetIdentifier", s.Key), E("SubnetAvailabilityZone", V("Name", s.Value)), List("SupportedNetworkTypes", "member", ["ipv4"]),
        })),
        V("ARN", $"arn:aws:elasticache:{region}:{accountId}:subnetgroup:{Name}"),
        List("SupportedNetworkTypes", "member", ["ipv4"]),
    ];
}
