using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

/// <summary>An elastic network interface, optionally attached to an instance and carrying a public IP.</summary>
public sealed class StubNetworkInterface(string networkInterfaceId)
{
    public string NetworkInterfaceId { get; } = networkInterfaceId;
    public string Status { get; set; } = "in-use";
    public string SubnetId { get; set; } = "subnet-00000000000000001";
    public string VpcId { get; set; } = "vpc-00000000000000001";
    public string AvailabilityZone { get; set; } = "eu-west-1a";
    public string Description { get; set; } = "";
    public string InterfaceType { get; set; } = "interface";
    public string MacAddress { get; set; } = "02:00:00:00:00:01";
    public string PrivateIpAddress { get; set; } = "10.0.0.10";
    public string? PrivateDnsName { get; set; }
    public List<string> SecondaryPrivateIpAddresses { get; } = [];
    public string? PublicIp { get; set; }
    public string? PublicDnsName { get; set; }
    public string? AllocationId { get; set; }
    public string? AttachedInstanceId { get; set; }
    public int DeviceIndex { get; set; }
    public List<string> SecurityGroupIds { get; } = [];
    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId)
    {
        var association = PublicIp is null
            ? null
            : E("association", V("publicIp", PublicIp), V("publicDnsName", PublicDnsName), V("ipOwnerId", "amazon"), V("allocationId", AllocationId));
        return
        [
            V("networkInterfaceId", NetworkInterfaceId),
            V("subnetId", SubnetId),
            V("vpcId", VpcId),
            V("availabilityZone", AvailabilityZone),
            V("description", Description),
            V("ownerId", accountId),
            V("requesterManaged", false),
            V("status", Status),
            V("macAddress", MacAddress),
            V("privateIpAddress", PrivateIpAddress),
            V("privateDnsName", PrivateDnsName),
            V("sourceDestCheck", true),
            Groups(SecurityGroupIds),
            AttachedInstanceId is null
                ? null
                : E("attachment",
                    V("attachmentId", "eni-attach-" + NetworkInterfaceId[4..]), V("instanceId", AttachedInstanceId),
                    V("instanceOwnerId", accountId), V("deviceIndex", DeviceIndex), V("status", "attached"), V("deleteOnTermination", true)),
            association,
            Ec2Xml.Tags(Tags),
            Items("privateIpAddressesSet",
            [
                [V("privateIpAddress", PrivateIpAddress), V("privateDnsName", PrivateDnsName), V("primary", true), association is null ? null : new System.Xml.Linq.XElement(association)],
                .. SecondaryPrivateIpAddresses.Select(ip => new object?[] { V("privateIpAddress", ip), V("primary", false) }),
            ]),
            V("interfaceType", InterfaceType),
        ];
    }
}
