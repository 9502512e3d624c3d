using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

public sealed class StubVpc(string vpcId)
{
    public string VpcId { get; } = vpcId;
    public string State { get; set; } = "available";
    public string CidrBlock { get; set; } = "10.0.0.0/16";
    public List<string> SecondaryCidrBlocks { get; } = [];
    public string DhcpOptionsId { get; set; } = "dopt-0123456789abcdef0";
    public string InstanceTenancy { get; set; } = "default";
    public bool IsDefault { get; set; }
    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId) =>
    [
        V("vpcId", VpcId),
        V("ownerId", accountId),
        V("state", State),
        V("cidrBlock", CidrBlock),
        Items("cidrBlockAssociationSet", new[] { CidrBlock }.Concat(SecondaryCidrBlocks).Select((cidr, i) => new object?[]
        {
            V("cidrBlock", cidr), V("associationId", $"vpc-cidr-assoc-{VpcId[4..]}{i}"), E("cidrBlockState", V("state", "associated")),
        })),
        V("dhcpOptionsId", DhcpOptionsId),
        Ec2Xml.Tags(Tags),
        V("instanceTenancy", InstanceTenancy),
        V("isDefault", IsDefault),
    ];
}

public sealed class StubSubnet(string subnetId, string vpcId)
{
    public string SubnetId { get; } = subnetId;
    public string VpcId { get; set; } = vpcId;
    public string State { get; set; } = "available";
    public string CidrBlock { get; set; } = "10.0.1.0/24";
    public string AvailabilityZone { get; set; } = "eu-west-1a";
    public string AvailabilityZoneId { get; set; } = "euw1-az1";
    public int AvailableIpAddressCount { get; set; } = 250;
    public bool DefaultForAz { get; set; }
    public bool MapPublicIpOnLaunch { get; set; }

    /// <summary>Newer EC2 answers carry the subnet's ARN; false answers as older ones did, without it.</summary>
    public bool WithArn { get; set; } = true;

    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId, string region) =>
    [
        V("subnetId", SubnetId),
        V("subnetArn", WithArn ? $"arn:aws:ec2:{region}:{accountId}:subnet/{SubnetId}" : null),
        V("state", State),
        V("ownerId", accountId),
        V("vpcId", VpcId),
        V("cidrBlock", CidrBlock),
        E("ipv6CidrBlockAssociationSet"),
        V("availableIpAddressCount", AvailableIpAddressCount),
        V("availabilityZone", AvailabilityZone),
        V("availabilityZoneId", AvailabilityZoneId),
        V("defaultForAz", DefaultForAz),
        V("mapPublicIpOnLaunch", MapPublicIpOnLaunch),
        V("assignIpv6AddressOnCreation", false),
        Ec2Xml.Tags(Tags),
    ];
}
