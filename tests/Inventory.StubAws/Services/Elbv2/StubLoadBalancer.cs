using static Inventory.StubAws.Services.Elbv2.Elbv2StubXml;

namespace Inventory.StubAws.Services.Elbv2;

/// <summary>An application, network or gateway load balancer.</summary>
public sealed class StubLoadBalancer(string name)
{
    public string Name { get; } = name;

    /// <summary>"application", "network" or "gateway".</summary>
    public string Type { get; set; } = "application";

    /// <summary>The hex suffix AWS gives every load balancer's ARN.</summary>
    public string Id { get; set; } = "50dc6c495c0c9188";

    public string Scheme { get; set; } = "internet-facing";
    public string State { get; set; } = "active";
    public string? StateReason { get; set; }
    public string? VpcId { get; set; }

    /// <summary>Subnet id to its availability zone.</summary>
    public Dictionary<string, string> Subnets { get; } = [];

    /// <summary>Subnet id to the fixed (elastic) IP a network load balancer has there.</summary>
    public Dictionary<string, string> SubnetAddresses { get; } = [];

    public List<string> SecurityGroupIds { get; } = [];
    public string IpAddressType { get; set; } = "ipv4";
    public DateTime CreatedTime { get; set; } = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    public Dictionary<string, string> Tags { get; } = [];

    /// <summary>Still listed, but deleted by the time anything else asks about it (its tags).</summary>
    public bool GoneAfterListing { get; set; }

    public string Arn(string region, string accountId) =>
        $"arn:aws:elasticloadbalancing:{region}:{accountId}:loadbalancer/{TypeCode}/{Name}/{Id}";

    // Application load balancers answer under elb.amazonaws.com with a number, the others with their id.
    public string DnsName(string region) => Type == "application"
        ? $"{(Scheme == "internal" ? "internal-" : "")}{Name}-424835706.{region}.elb.amazonaws.com"
        : $"{Name}-{Id}.elb.{region}.amazonaws.com";

    private string TypeCode => Type switch { "network" => "net", "gateway" => "gwy", _ => "app" };

    internal IEnumerable<object?> ToXml(string region, string accountId) =>
    [
        V("LoadBalancerArn", Arn(region, accountId)),
        V("DNSName", DnsName(region)),
        V("CanonicalHostedZoneId", Type == "application" ? "Z32O12XQLNTSW2" : "Z2IFOLAFXWLO4F"),
        V("CreatedTime", CreatedTime),
        V("LoadBalancerName", Name),
        V("Scheme", Scheme),
        V("VpcId", VpcId),
        E("State", V("Code", State), V("Reason", StateReason)),
        V("Type", Type),
        Members("AvailabilityZones", Subnets.Select(s => new object?[]
        {
            V("ZoneName", s.Value),
            V("SubnetId", s.Key),
            SubnetAddresses.TryGetValue(s.Key, out var ip) ? Members("LoadBalancerAddresses", [V("IpAddress", ip)]) : null,
        })),
        Type == "application" || SecurityGroupIds.Count > 0 ? Members("SecurityGroups", SecurityGroupIds) : null,
        V("IpAddressType", IpAddressType),
    ];
}
