using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;

namespace Inventory.Discovery.Collectors.Elbv2;

/// <summary>Application, network and gateway load balancers from DescribeLoadBalancers.</summary>
internal static class Elbv2LoadBalancers
{
    public const string ResourceType = "elbv2:load-balancer";

    public static string? Arn(XElement loadBalancer) => loadBalancer.Text("LoadBalancerArn");

    /// <param name="tags">From DescribeTags: DescribeLoadBalancers answers none.</param>
    /// <param name="targetGroupArns">The target groups forwarding from it.</param>
    /// <param name="targetIds">
    /// The targets of those groups, so "load balancer targets instance" is one edge rather than a walk through the groups.
    /// </param>
    public static Observation Map(
        XElement loadBalancer, IReadOnlyDictionary<string, string> tags, IEnumerable<string?> targetGroupArns, IEnumerable<string?> targetIds)
    {
        var arn = Arn(loadBalancer);
        var zones = loadBalancer.All("AvailabilityZones", "member").ToList();
        var addresses = zones.SelectMany(zone => zone.All("LoadBalancerAddresses", "member"));
        return new Observation
        {
            Arn = arn,
            ResourceId = Elbv2Xml.ResourceIdOf(arn),
            Name = NameOr(tags, loadBalancer.Text("LoadBalancerName") ?? ""),
            ResourceType = ResourceType,
            State = loadBalancer.Text("State", "Code"),
            Tags = tags,
            // Only network load balancers have fixed addresses (elastic or chosen private IPs); the others are reached by DNS.
            IpAddresses = Present(addresses.SelectMany(a => new[] { a.Text("IpAddress"), a.Text("PrivateIPv4Address"), a.Text("IPv6Address") })),
            DnsNames = Present([loadBalancer.Text("DNSName")]),
            Attributes = Attributes(Describe(loadBalancer, zones)),
            Related =
            [
                .. Related("vpc", loadBalancer.Text("VpcId")),
                .. Related("subnet", zones.Select(zone => zone.Text("SubnetId"))),
                .. Related("security-group", loadBalancer.Texts("SecurityGroups", "member")),
                .. Related("target-group", targetGroupArns),
                .. Related("target", targetIds),
            ],
        };
    }

    private static object Describe(XElement loadBalancer, IEnumerable<XElement> zones) => new
    {
        Type = loadBalancer.Text("Type"),
        Scheme = loadBalancer.Text("Scheme"),
        IpAddressType = loadBalancer.Text("IpAddressType"),
        CanonicalHostedZoneId = loadBalancer.Text("CanonicalHostedZoneId"),
        CreatedTime = loadBalancer.Time("CreatedTime"),
        AvailabilityZones = zones
            .Select(zone => new { ZoneName = zone.Text("ZoneName"), SubnetId = zone.Text("SubnetId") })
            .OrderBy(zone => zone.ZoneName, StringComparer.Ordinal)
            .ToList(),
        CustomerOwnedIpv4Pool = loadBalancer.Text("CustomerOwnedIpv4Pool"),
        StateReason = loadBalancer.Text("State", "Reason"),
    };
}
