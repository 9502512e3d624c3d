using System.Text.Json;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Tests.Reconciliation;

/// <summary>Observations as a collector would report them, for the scope <see cref="ScopeHistory.DefaultScope"/> unless told otherwise.</summary>
internal static class Resources
{
    public const string Account = "111111111111";
    public const string OtherAccount = "222222222222";
    public const string Region = "eu-west-1";

    public static readonly ScopeId RdsScope = new(Account, Region, "rds");

    public static string InstanceArn(string instanceId, string account = Account) =>
        $"arn:aws:ec2:{Region}:{account}:instance/{instanceId}";

    /// <summary>A running EC2 instance with a tag, two addresses and one attribute.</summary>
    public static Observation Ec2Instance(string instanceId, string state = "running", string instanceType = "t3.micro") => new()
    {
        Arn = InstanceArn(instanceId),
        ResourceId = instanceId,
        Name = "web-" + instanceId,
        ResourceType = "ec2:instance",
        State = state,
        Tags = Tags(("env", "prod")),
        IpAddresses = ["10.0.0.5", "10.0.0.6"],
        Attributes = Json($$"""{"InstanceType":"{{instanceType}}"}"""),
    };

    /// <summary>An RDS instance whose description carries a timestamp that moves on every read.</summary>
    public static Observation RdsInstance(string identifier, string latestRestorableTime, string resourceType = "rds:db-instance") => new()
    {
        Arn = $"arn:aws:rds:{Region}:{Account}:db:{identifier}",
        ResourceId = identifier,
        Name = identifier,
        ResourceType = resourceType,
        State = "available",
        Attributes = Json($$"""{"Engine":"postgres","LatestRestorableTime":"{{latestRestorableTime}}"}"""),
    };

    /// <summary>A resource a collector can only name: no ARN, no resource id.</summary>
    public static Observation Named(string name, string resourceType = "ec2:key-pair") => new()
    {
        Name = name,
        ResourceType = resourceType,
    };

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static Dictionary<string, string> Tags(params (string Key, string Value)[] tags) =>
        tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
}
