using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

/// <summary>An elastic IP address, optionally associated with an instance through a network interface.</summary>
public sealed class StubAddress(string allocationId, string publicIp)
{
    public string AllocationId { get; } = allocationId;
    public string PublicIp { get; } = publicIp;
    public string? AssociationId { get; set; }
    public string? InstanceId { get; set; }
    public string? NetworkInterfaceId { get; set; }
    public string? PrivateIpAddress { get; set; }
    public string NetworkBorderGroup { get; set; } = "eu-west-1";
    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId) =>
    [
        V("publicIp", PublicIp),
        V("allocationId", AllocationId),
        V("domain", "vpc"),
        V("instanceId", InstanceId),
        V("associationId", AssociationId),
        V("networkInterfaceId", NetworkInterfaceId),
        V("networkInterfaceOwnerId", NetworkInterfaceId is null ? null : accountId),
        V("privateIpAddress", PrivateIpAddress),
        Ec2Xml.Tags(Tags),
        V("publicIpv4Pool", "amazon"),
        V("networkBorderGroup", NetworkBorderGroup),
    ];
}
