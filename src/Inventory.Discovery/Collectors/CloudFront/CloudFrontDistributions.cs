using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.CloudFront;

/// <summary>A ListDistributions &lt;DistributionSummary&gt; and its tags as an observation.</summary>
internal static class CloudFrontDistributions
{
    public const string ResourceType = "cloudfront:distribution";

    /// <summary>The ARN the API sends; built in AWS's format only when an emulator leaves it out.</summary>
    public static string Arn(XElement summary, string accountId, string region) =>
        Text(summary.TextAt("ARN")) ?? Arns.CloudFrontDistribution(accountId, summary.TextAt("Id") ?? "", region);

    /// <summary>The &lt;Tags&gt; answer of ListTagsForResource.</summary>
    public static IReadOnlyDictionary<string, string> Tags(XElement tags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags.All("Items", "Tag"))
        {
            if (Text(tag.TextAt("Key")) is { } key)
                result[key] = tag.TextAt("Value") ?? "";
        }
        return result;
    }

    public static Observation Map(XElement summary, IReadOnlyDictionary<string, string> tags, string accountId, string region)
    {
        var id = summary.TextAt("Id") ?? "";
        var domainName = Text(summary.TextAt("DomainName"));
        var aliases = summary.All("Aliases", "Items", "CNAME").Select(a => a.Value).ToList();
        var origins = summary.All("Origins", "Items", "Origin").ToList();
        var originDomains = origins.Select(o => Text(o.TextAt("DomainName"))).ToList();
        return new Observation
        {
            Arn = Arn(summary, accountId, region),
            ResourceId = id,
            Name = NameOr(tags, aliases.FirstOrDefault() ?? domainName ?? id),
            ResourceType = ResourceType,
            State = State(Text(summary.TextAt("Status")), Flag(summary.TextAt("Enabled"))),
            Tags = tags,
            DnsNames = Present([domainName, .. aliases]),
            Attributes = Attributes(new
            {
                PriceClass = Text(summary.TextAt("PriceClass")),
                HttpVersion = Text(summary.TextAt("HttpVersion")),
                Comment = Text(summary.TextAt("Comment")),
                WebACLId = Text(summary.TextAt("WebACLId")),
                IsIPV6Enabled = Flag(summary.TextAt("IsIPV6Enabled")),
                Staging = Flag(summary.TextAt("Staging")),
                CertificateArn = Text(summary.TextAt("ViewerCertificate", "ACMCertificateArn")),
                MinimumProtocolVersion = Text(summary.TextAt("ViewerCertificate", "MinimumProtocolVersion")),
                Origins = origins.Select(Origin).ToList(),
            }),
            Related =
            [
                .. Related("origin", originDomains),
                .. Related("bucket", originDomains.Select(OriginTargets.Bucket)),
                .. Related("load-balancer-dns", originDomains.Select(OriginTargets.LoadBalancerDns)),
            ],
        };
    }

    // A disabled distribution keeps its deployment status; the state says both so neither is lost.
    private static string? State(string? status, bool? enabled) =>
        enabled is false ? $"{status ?? "Unknown"} (disabled)" : status;

    private static object Origin(XElement origin) => new
    {
        Id = origin.TextAt("Id"),
        DomainName = origin.TextAt("DomainName"),
        OriginPath = Text(origin.TextAt("OriginPath")),
        Type = origin.Child("S3OriginConfig") is not null ? "s3" : "custom",
        OriginAccessControlId = Text(origin.TextAt("OriginAccessControlId")),
        OriginProtocolPolicy = Text(origin.TextAt("CustomOriginConfig", "OriginProtocolPolicy")),
    };

    private static bool? Flag(string? text) => bool.TryParse(text?.Trim(), out var value) ? value : null;
}
