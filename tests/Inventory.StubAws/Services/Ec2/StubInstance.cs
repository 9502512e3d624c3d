using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

/// <summary>An EC2 instance; DescribeInstances answers it inside its reservation.</summary>
public sealed class StubInstance(string instanceId)
{
    public string InstanceId { get; } = instanceId;
    public string ReservationId { get; set; } = "r-" + instanceId[2..];
    public string State { get; set; } = "running";
    public string InstanceType { get; set; } = "t3.micro";
    public string ImageId { get; set; } = "ami-0123456789abcdef0";
    public DateTime LaunchTime { get; set; } = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    public string AvailabilityZone { get; set; } = "eu-west-1a";
    public string Tenancy { get; set; } = "default";
    public string Architecture { get; set; } = "x86_64";
    public string? Platform { get; set; }
    public string PlatformDetails { get; set; } = "Linux/UNIX";
    public string? KeyName { get; set; }
    public string? IamInstanceProfileArn { get; set; }
    public string Monitoring { get; set; } = "disabled";
    public string? SubnetId { get; set; }
    public string? VpcId { get; set; }
    public string? PrivateIpAddress { get; set; }
    public string? PublicIpAddress { get; set; }
    public string? Ipv6Address { get; set; }
    public string? PrivateDnsName { get; set; }
    public string? PublicDnsName { get; set; }
    public string? StateReasonCode { get; set; }
    public List<string> SecurityGroupIds { get; } = [];

    /// <summary>Device name to EBS volume id.</summary>
    public Dictionary<string, string> Volumes { get; } = [];

    public List<string> NetworkInterfaceIds { get; } = [];
    public Dictionary<string, string> Tags { get; } = [];

    private static readonly Dictionary<string, int> StateCodes = new()
    {
        ["pending"] = 0, ["running"] = 16, ["shutting-down"] = 32, ["terminated"] = 48, ["stopping"] = 64, ["stopped"] = 80,
    };

    internal IEnumerable<object?> ToXml(string accountId) =>
    [
        V("instanceId", InstanceId),
        V("imageId", ImageId),
        E("instanceState", V("code", StateCodes.GetValueOrDefault(State)), V("name", State)),
        // EC2 sends empty names for instances without them (stopped, terminated), not missing elements.
        V("privateDnsName", PrivateDnsName ?? ""),
        V("dnsName", PublicDnsName ?? ""),
        V("reason", ""),
        V("keyName", KeyName),
        V("amiLaunchIndex", 0),
        V("instanceType", InstanceType),
        V("launchTime", LaunchTime),
        E("placement", V("availabilityZone", AvailabilityZone), V("groupName", ""), V("tenancy", Tenancy)),
        V("platform", Platform),
        V("platformDetails", PlatformDetails),
        E("monitoring", V("state", Monitoring)),
        V("subnetId", SubnetId),
        V("vpcId", VpcId),
        V("privateIpAddress", PrivateIpAddress),
        V("ipAddress", PublicIpAddress),
        V("ipv6Address", Ipv6Address),
        V("sourceDestCheck", true),
        Groups(SecurityGroupIds),
        StateReasonCode is null ? null : E("stateReason", V("code", StateReasonCode), V("message", StateReasonCode)),
        V("architecture", Architecture),
        V("rootDeviceType", "ebs"),
        V("rootDeviceName", "/dev/xvda"),
        Items("blockDeviceMapping", Volumes.Select(v => new object?[]
        {
            V("deviceName", v.Key),
            E("ebs", V("volumeId", v.Value), V("status", "attached"), V("attachTime", LaunchTime), V("deleteOnTermination", true)),
        })),
        V("virtualizationType", "hvm"),
        V("clientToken", "stub-" + InstanceId),
        Ec2Xml.Tags(Tags),
        V("hypervisor", "xen"),
        Items("networkInterfaceSet", NetworkInterfaceIds.Select(id => new object?[] { V("networkInterfaceId", id), V("subnetId", SubnetId), V("vpcId", VpcId) })),
        IamInstanceProfileArn is null ? null : E("iamInstanceProfile", V("arn", IamInstanceProfileArn), V("id", "AIPASTUB" + InstanceId[2..])),
        V("ebsOptimized", false),
        V("enaSupport", true),
        E("cpuOptions", V("coreCount", 1), V("threadsPerCore", 2)),
        E("metadataOptions", V("state", "applied"), V("httpTokens", "required"), V("httpPutResponseHopLimit", 2), V("httpEndpoint", "enabled")),
    ];
}
