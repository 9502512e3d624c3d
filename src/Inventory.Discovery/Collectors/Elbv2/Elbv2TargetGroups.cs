using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;

namespace Inventory.Discovery.Collectors.Elbv2;

/// <summary>Target groups from DescribeTargetGroups, with their registered targets from DescribeTargetHealth.</summary>
internal static class Elbv2TargetGroups
{
    public const string ResourceType = "elbv2:target-group";

    public static string? Arn(XElement targetGroup) => targetGroup.Text("TargetGroupArn");

    public static IEnumerable<string?> LoadBalancerArns(XElement targetGroup) => targetGroup.Texts("LoadBalancerArns", "member");

    /// <param name="tags">From DescribeTags: DescribeTargetGroups answers none.</param>
    /// <param name="targetIds">Instance ids, IP addresses, Lambda or ALB ARNs, as the group's target type has them.</param>
    public static Observation Map(XElement targetGroup, IReadOnlyDictionary<string, string> tags, IEnumerable<string?> targetIds)
    {
        var arn = Arn(targetGroup);
        return new Observation
        {
            Arn = arn,
            ResourceId = Elbv2Xml.ResourceIdOf(arn),
            Name = NameOr(tags, targetGroup.Text("TargetGroupName") ?? ""),
            ResourceType = ResourceType,
            Tags = tags,
            Attributes = Attributes(Describe(targetGroup)),
            Related =
            [
                .. Related("load-balancer", LoadBalancerArns(targetGroup)),
                .. Related("vpc", targetGroup.Text("VpcId")),
                .. Related("target", targetIds),
            ],
        };
    }

    // Target health is left out: it changes with every deployment and would make each scan a change.
    private static object Describe(XElement targetGroup) => new
    {
        Protocol = targetGroup.Text("Protocol"),
        Port = targetGroup.Number("Port"),
        ProtocolVersion = targetGroup.Text("ProtocolVersion"),
        TargetType = targetGroup.Text("TargetType"),
        IpAddressType = targetGroup.Text("IpAddressType"),
        HealthCheckEnabled = targetGroup.Bool("HealthCheckEnabled"),
        HealthCheckProtocol = targetGroup.Text("HealthCheckProtocol"),
        HealthCheckPort = targetGroup.Text("HealthCheckPort"),
        HealthCheckPath = targetGroup.Text("HealthCheckPath"),
        HealthCheckIntervalSeconds = targetGroup.Number("HealthCheckIntervalSeconds"),
        HealthCheckTimeoutSeconds = targetGroup.Number("HealthCheckTimeoutSeconds"),
        HealthyThresholdCount = targetGroup.Number("HealthyThresholdCount"),
        UnhealthyThresholdCount = targetGroup.Number("UnhealthyThresholdCount"),
        Matcher = targetGroup.At("Matcher") is { } matcher
            ? new { HttpCode = matcher.Text("HttpCode"), GrpcCode = matcher.Text("GrpcCode") }
            : null,
    };
}
