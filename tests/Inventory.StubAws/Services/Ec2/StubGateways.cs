using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

public sealed class StubInternetGateway(string internetGatewayId)
{
    public string InternetGatewayId { get; } = internetGatewayId;

    /// <summary>The VPC it is attached to, or null when detached.</summary>
    public string? VpcId { get; set; }

    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId) =>
    [
        V("internetGatewayId", InternetGatewayId),
        V("ownerId", accountId),
        Items("attachmentSet", VpcId is null ? [] : [[V("vpcId", VpcId), V("state", "available")]]),
        Ec2Xml.Tags(Tags),
    ];
}

public sealed class StubNatGateway(string natGatewayId, string vpcId, string subnetId)
{
    public string NatGatewayId { get; } = natGatewayId;
    public string VpcId { get; set; } = vpcId;
    public string SubnetId { get; set; } = subnetId;
    public string State { get; set; } = "available";
    public string ConnectivityType { get; set; } = "public";
    public DateTime CreateTime { get; set; } = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    public string? AllocationId { get; set; }
    public string NetworkInterfaceId { get; set; } = "eni-0000000000000nat0";
    public string PrivateIp { get; set; } = "10.0.1.5";
    public string? PublicIp { get; set; }
    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId) =>
    [
        V("createTime", CreateTime),
        V("deleteTime", State == "deleted" ? CreateTime.AddDays(1) : null),
        Items("natGatewayAddressSet", [[
            V("allocationId", AllocationId), V("networkInterfaceId", NetworkInterfaceId), V("privateIp", PrivateIp),
            V("publicIp", PublicIp), V("isPrimary", true), V("status", "succeeded"),
        ]]),
        V("natGatewayId", NatGatewayId),
        V("state", State),
        V("subnetId", SubnetId),
        V("vpcId", VpcId),
        Ec2Xml.Tags(Tags),
        V("connectivityType", ConnectivityType),
    ];
}
