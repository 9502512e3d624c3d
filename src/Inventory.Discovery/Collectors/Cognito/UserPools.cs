using System.Text.Json;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Cognito;

/// <summary>A DescribeUserPool &lt;UserPool&gt; as an observation. EstimatedNumberOfUsers is left out: it moves with every sign-up.</summary>
internal static class UserPools
{
    public const string ResourceType = "cognito-idp:user-pool";

    public static Observation Map(JsonElement pool, string region, string accountId)
    {
        var id = pool.StringAt("Id") ?? "";
        var tags = Tags(pool);
        var domain = Text(pool.StringAt("Domain"));
        var customDomain = Text(pool.StringAt("CustomDomain"));
        return new Observation
        {
            Arn = Text(pool.StringAt("Arn")) ?? $"arn:{Arns.Partition(region)}:cognito-idp:{region}:{accountId}:userpool/{id}",
            ResourceId = id,
            Name = NameOr(tags, Text(pool.StringAt("Name")) ?? id),
            ResourceType = ResourceType,
            State = Text(pool.StringAt("Status")),
            Tags = tags,
            DnsNames = Present([HostedUiDomain(domain, region), customDomain]),
            Attributes = Attributes(new
            {
                MfaConfiguration = pool.StringAt("MfaConfiguration"),
                Domain = domain,
                CustomDomain = customDomain,
                DeletionProtection = pool.StringAt("DeletionProtection"),
                UserPoolTier = pool.StringAt("UserPoolTier"),
                Policies = Property(pool, "Policies"),
                UsernameAttributes = Property(pool, "UsernameAttributes"),
                AliasAttributes = Property(pool, "AliasAttributes"),
                AutoVerifiedAttributes = Property(pool, "AutoVerifiedAttributes"),
                CreationDate = Utc(EpochSeconds(pool, "CreationDate")),
            }),
        };
    }

    /// <summary>UserPoolTags is a plain JSON map, unlike the Key/Value lists of most services.</summary>
    private static Dictionary<string, string> Tags(JsonElement pool)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Property(pool, "UserPoolTags") is { ValueKind: JsonValueKind.Object } tags)
        {
            foreach (var tag in tags.EnumerateObject())
                result[tag.Name] = tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString() ?? "" : "";
        }
        return result;
    }

    // The documented hosted UI address of a prefix domain; other partitions name it differently, so only "aws" gets one.
    private static string? HostedUiDomain(string? prefix, string region) =>
        prefix is not null && Arns.Partition(region) == "aws" ? $"{prefix}.auth.{region}.amazoncognito.com" : null;

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    // JSON 1.1 sends timestamps as epoch seconds with a fraction.
    private static DateTime? EpochSeconds(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? DateTime.UnixEpoch.AddTicks((long)Math.Round(value.GetDouble() * TimeSpan.TicksPerSecond))
            : null;
}
