using System.Text.Json;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;

namespace Inventory.Api.Tests.Harness;

/// <summary>Observations and scans that read like the domain: an EC2 instance in a scope of one account and region.</summary>
internal static class Scans
{
    public const string Account = "123456789012";
    public static readonly ScopeId Ec2EuWest1 = new(Account, "eu-west-1", "ec2");
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static Observation Instance(string id, string state = "running", string type = "t3.micro", string? name = null,
        IReadOnlyDictionary<string, string>? tags = null, string account = Account) => new()
    {
        Arn = $"arn:aws:ec2:eu-west-1:{account}:instance/{id}",
        ResourceId = id,
        Name = name ?? id,
        ResourceType = "ec2:instance",
        State = state,
        Tags = tags ?? new Dictionary<string, string> { ["Name"] = name ?? id },
        IpAddresses = ["10.0.0.1"],
        Attributes = JsonSerializer.SerializeToElement(new { InstanceType = type, Placement = new { AvailabilityZone = "eu-west-1a" } }),
        Related = [new RelatedResource("subnet", "subnet-1")],
    };

    public static ScopeScan Clean(DateTimeOffset at, params Observation[] observations) =>
        ScopeScan.Clean(Ec2EuWest1, at, Cause.DiscoveryJob("job-" + at.ToUnixTimeSeconds()), observations);

    public static ScopeScan Failed(DateTimeOffset at, string code = "AccessDenied") =>
        ScopeScan.Failed(Ec2EuWest1, at, Cause.DiscoveryJob("job-" + at.ToUnixTimeSeconds()), code, "User is not authorized to perform ec2:DescribeInstances");
}
