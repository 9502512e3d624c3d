using System.Xml.Linq;
using static Inventory.StubAws.Services.CloudFront.CloudFrontXml;

namespace Inventory.StubAws.Services.CloudFront;

/// <summary>A web distribution, answered as the &lt;DistributionSummary&gt; of ListDistributions.</summary>
public sealed class StubDistribution(string id)
{
    public string Id { get; } = id;
    public string DomainName { get; set; } = $"d{id.ToLowerInvariant()}.cloudfront.net";
    public string Status { get; set; } = "Deployed";
    public bool Enabled { get; set; } = true;
    public List<string> Aliases { get; } = [];
    public List<StubOrigin> Origins { get; } = [];
    public string Comment { get; set; } = "";
    public string PriceClass { get; set; } = "PriceClass_All";
    public string HttpVersion { get; set; } = "http2";
    public bool IsIpv6Enabled { get; set; } = true;
    public string WebAclId { get; set; } = "";
    public string? AcmCertificateArn { get; set; }
    public DateTime LastModifiedTime { get; set; } = new(2025, 2, 3, 4, 5, 6, DateTimeKind.Utc);
    public Dictionary<string, string> Tags { get; } = [];

    public string Arn(string accountId) => $"arn:aws:cloudfront::{accountId}:distribution/{Id}";

    internal XElement ToXml(string accountId) => E("DistributionSummary",
        V("Id", Id),
        V("ARN", Arn(accountId)),
        V("Status", Status),
        V("LastModifiedTime", LastModifiedTime),
        V("DomainName", DomainName),
        Items("Aliases", Aliases.Select(a => V("CNAME", a))),
        Items("Origins", Origins.Select(o => o.ToXml())),
        E("DefaultCacheBehavior",
            V("TargetOriginId", Origins.FirstOrDefault()?.Id ?? ""),
            V("ViewerProtocolPolicy", "redirect-to-https"),
            V("CachePolicyId", "658327ea-f89d-4fab-a63d-7e88639e58f6")),
        Items("CacheBehaviors", []),
        Items("CustomErrorResponses", []),
        V("Comment", Comment),
        V("PriceClass", PriceClass),
        V("Enabled", Enabled),
        AcmCertificateArn is null
            ? E("ViewerCertificate", V("CloudFrontDefaultCertificate", true), V("SSLSupportMethod", "vip"), V("MinimumProtocolVersion", "TLSv1"), V("CertificateSource", "cloudfront"))
            : E("ViewerCertificate", V("ACMCertificateArn", AcmCertificateArn), V("SSLSupportMethod", "sni-only"), V("MinimumProtocolVersion", "TLSv1.2_2021"), V("Certificate", AcmCertificateArn), V("CertificateSource", "acm")),
        E("Restrictions", E("GeoRestriction", V("RestrictionType", "none"), V("Quantity", 0))),
        V("WebACLId", WebAclId),
        V("HttpVersion", HttpVersion),
        V("IsIPV6Enabled", IsIpv6Enabled),
        V("Staging", false));
}

/// <summary>An origin: an S3 bucket (S3OriginConfig) or anything reached over HTTP (CustomOriginConfig).</summary>
public sealed record StubOrigin(string Id, string DomainName, bool IsS3 = false)
{
    public string OriginPath { get; init; } = "";
    public string OriginAccessControlId { get; init; } = "";

    internal XElement ToXml() => E("Origin",
        V("Id", Id),
        V("DomainName", DomainName),
        V("OriginPath", OriginPath),
        Items("CustomHeaders", []),
        IsS3
            ? E("S3OriginConfig", V("OriginAccessIdentity", ""))
            : E("CustomOriginConfig",
                V("HTTPPort", 80), V("HTTPSPort", 443), V("OriginProtocolPolicy", "https-only"),
                Items("OriginSslProtocols", [V("SslProtocol", "TLSv1.2")]),
                V("OriginReadTimeout", 30), V("OriginKeepaliveTimeout", 5)),
        V("ConnectionAttempts", 3),
        V("ConnectionTimeout", 10),
        E("OriginShield", V("Enabled", false)),
        V("OriginAccessControlId", OriginAccessControlId));
}
