using System.Text.Json;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Benchmarks;

/// <summary>A synthetic EC2 scope: N instance-like observations, deterministic, about 1 KB of JSON each.</summary>
internal static class Ec2Scope
{
    public static readonly ScopeId Scope = new("123456789012", "eu-west-1", "ec2");
    public static readonly ScopeId WarmUpScope = new("123456789012", "eu-west-1", "ec2-warm-up");
    private const string ResourceType = "ec2:instance";
    private static readonly string[] InstanceTypes = ["t3.micro", "t3.large", "m6i.xlarge", "c6g.2xlarge", "r6i.large"];
    private static readonly string[] Teams = ["payments", "search", "platform", "data", "identity"];

    /// <summary>The instances, generated one by one as they are read: nothing holds the whole scope.</summary>
    public static IEnumerable<Observation> Instances(int count, bool onePercentChanged = false) =>
        Enumerable.Range(0, count).Select(i => onePercentChanged ? WithOwnerChanged(i) : Instance(i));

    /// <summary>Every hundredth instance has its Owner tag changed: count / 100 changed observations.</summary>
    public static bool IsChanged(int i) => i % 100 == 0;

    private static Observation WithOwnerChanged(int i)
    {
        var instance = Instance(i);
        return IsChanged(i) ? instance with { Tags = new Dictionary<string, string>(instance.Tags) { ["Owner"] = $"new-owner-{i}@example.com" } } : instance;
    }

    public static int AverageJsonBytes(int count) =>
        (int)Instances(Math.Min(count, 1000)).Average(o => JsonSerializer.SerializeToUtf8Bytes(o).Length);

    private static Observation Instance(int i)
    {
        var id = $"i-{i:x17}";
        var subnet = $"subnet-{i % 64:x8}";
        var vpc = $"vpc-{i % 8:x8}";
        var team = Teams[i % Teams.Length];
        var tags = new Dictionary<string, string>
        {
            ["Name"] = $"{team}-worker-{i}",
            ["Team"] = team,
            ["Environment"] = i % 3 == 0 ? "production" : "staging",
            ["Owner"] = $"{team}@example.com",
            ["CostCenter"] = $"cc-{1000 + i % 40}",
        };
        if (i % 2 == 0)
            tags["aws:autoscaling:groupName"] = $"{team}-asg-{i % 16}";
        return new Observation
        {
            Arn = $"arn:aws:ec2:{Scope.Region}:{Scope.AccountId}:instance/{id}",
            ResourceId = id,
            Name = tags["Name"],
            ResourceType = ResourceType,
            State = "running",
            Tags = tags,
            IpAddresses = [$"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}", $"52.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}"],
            DnsNames = [$"ip-10-{i >> 16 & 255}-{i >> 8 & 255}-{i & 255}.{Scope.Region}.compute.internal"],
            Attributes = Attributes(i, id),
            Related =
            [
                new RelatedResource("subnet", subnet),
                new RelatedResource("vpc", vpc),
                new RelatedResource("security-group", $"sg-{i % 32:x8}"),
                new RelatedResource("security-group", $"sg-{i % 7 + 100:x8}"),
            ],
        };
    }

    private static JsonElement Attributes(int i, string id) => JsonSerializer.SerializeToElement(new
    {
        InstanceType = InstanceTypes[i % InstanceTypes.Length],
        ImageId = $"ami-{i % 12:x17}",
        LaunchTime = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i).ToString("O"),
        Architecture = i % 4 == 3 ? "arm64" : "x86_64",
        Placement = new { AvailabilityZone = $"eu-west-1{(char)('a' + i % 3)}", Tenancy = "default" },
        Monitoring = new { State = "disabled" },
        IamInstanceProfile = new { Arn = $"arn:aws:iam::{Scope.AccountId}:instance-profile/{Teams[i % Teams.Length]}", Id = $"AIPA{i:D12}" },
        BlockDeviceMappings = new[] { new { DeviceName = "/dev/xvda", Ebs = new { VolumeId = $"vol-{i:x17}", Status = "attached", DeleteOnTermination = true } } },
        CpuOptions = new { CoreCount = 1 + i % 4, ThreadsPerCore = 2 },
        MetadataOptions = new { HttpTokens = "required", HttpEndpoint = "enabled", HttpPutResponseHopLimit = 2 },
        EbsOptimized = i % 2 == 0,
        EnaSupport = true,
        RootDeviceType = "ebs",
        VirtualizationType = "hvm",
        KeyName = $"key-{i % 5}",
    });
}
