using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Route53;

/// <summary>A ListHostedZones &lt;HostedZone&gt;, its tags and its record sets as an observation.</summary>
internal static class HostedZones
{
    public const string ResourceType = "route53:hosted-zone";

    private const string IdPrefix = "/hostedzone/";

    /// <summary>The bare zone id: the API answers "/hostedzone/Z123" but takes "Z123" in paths.</summary>
    public static string Id(XElement zone)
    {
        var id = zone.TextAt("Id")?.Trim() ?? "";
        return id.StartsWith(IdPrefix, StringComparison.Ordinal) ? id[IdPrefix.Length..] : id;
    }

    /// <summary>The &lt;ListTagsForResourceResponse&gt; answer.</summary>
    public static IReadOnlyDictionary<string, string> Tags(XElement answer)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in answer.All("ResourceTagSet", "Tags", "Tag"))
        {
            if (Text(tag.TextAt("Key")) is { } key)
                result[key] = tag.TextAt("Value") ?? "";
        }
        return result;
    }

    public static Observation Map(XElement zone, IReadOnlyDictionary<string, string> tags, IReadOnlyList<XElement> records, string region)
    {
        var id = Id(zone);
        var name = WithoutTrailingDot(zone.TextAt("Name"));
        return new Observation
        {
            Arn = Arns.HostedZone(id, region),
            ResourceId = id,
            Name = NameOr(tags, name ?? id),
            ResourceType = ResourceType,
            Tags = tags,
            Attributes = Attributes(new
            {
                PrivateZone = bool.TryParse(zone.TextAt("Config", "PrivateZone")?.Trim(), out var isPrivate) && isPrivate,
                ResourceRecordSetCount = long.TryParse(zone.TextAt("ResourceRecordSetCount"), out var count) ? count : (long?)null,
                Comment = Text(zone.TextAt("Config", "Comment")),
                LinkedService = Text(zone.TextAt("LinkedService", "ServicePrincipal")),
                Records = records
                    .Select(r => $"{WithoutTrailingDot(r.TextAt("Name"))} {r.TextAt("Type")}")
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList(),
            }),
            Related = [.. Related("alias", records.Select(r => AliasTarget(r.TextAt("AliasTarget", "DNSName"))))],
        };
    }

    // "dualstack." is dropped too: Route 53 aliases load balancers by that name, but they report it without.
    private static string? AliasTarget(string? dnsName)
    {
        var name = WithoutTrailingDot(dnsName);
        return name is not null && name.StartsWith("dualstack.", StringComparison.OrdinalIgnoreCase) ? name["dualstack.".Length..] : name;
    }

    private static string? WithoutTrailingDot(string? name) => Text(name?.Trim().TrimEnd('.'));
}
