using static Inventory.StubAws.Services.Elbv2.Elbv2StubXml;

namespace Inventory.StubAws.Services.Elbv2;

/// <summary>A target group, the load balancers forwarding to it and its registered targets.</summary>
public sealed class StubTargetGroup(string name)
{
    public string Name { get; } = name;
    public string Id { get; set; } = "73e2d6bc24d8a067";
    public string Protocol { get; set; } = "HTTP";
    public int Port { get; set; } = 80;

    /// <summary>"instance", "ip", "lambda" or "alb".</summary>
    public string TargetType { get; set; } = "instance";

    public string? VpcId { get; set; }
    public string HealthCheckPath { get; set; } = "/";
    public List<StubLoadBalancer> LoadBalancers { get; } = [];
    public List<StubTarget> Targets { get; } = [];
    public Dictionary<string, string> Tags { get; } = [];

    /// <summary>Still listed, but deleted by the time anything else asks about it (its targets, its tags).</summary>
    public bool GoneAfterListing { get; set; }

    public string Arn(string region, string accountId) => $"arn:aws:elasticloadbalancing:{region}:{accountId}:targetgroup/{Name}/{Id}";

    private bool Http => Protocol is "HTTP" or "HTTPS";

    internal IEnumerable<object?> ToXml(string region, string accountId) =>
    [
        V("TargetGroupArn", Arn(region, accountId)),
        V("TargetGroupName", Name),
        V("Protocol", Protocol),
        V("Port", Port),
        V("VpcId", VpcId),
        V("HealthCheckProtocol", Protocol),
        V("HealthCheckPort", "traffic-port"),
        V("HealthCheckEnabled", true),
        V("HealthCheckIntervalSeconds", 30),
        V("HealthCheckTimeoutSeconds", Http ? 5 : 10),
        V("HealthyThresholdCount", 5),
        V("UnhealthyThresholdCount", 2),
        V("HealthCheckPath", Http ? HealthCheckPath : null),
        Http ? E("Matcher", V("HttpCode", "200")) : null,
        Members("LoadBalancerArns", LoadBalancers.Select(lb => lb.Arn(region, accountId))),
        V("TargetType", TargetType),
        V("ProtocolVersion", Http ? "HTTP1" : null),
        V("IpAddressType", "ipv4"),
    ];
}

/// <summary>A registered target: an instance id, an IP address, or a Lambda or ALB ARN.</summary>
public sealed record StubTarget(string Id, int? Port = 80, string State = "healthy");
