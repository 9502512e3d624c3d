using Inventory.Discovery.Access;

namespace Inventory.Discovery.SignedRequests;

/// <summary>Where one AWS service answers for a region, and the name and region its requests are signed for.</summary>
internal sealed record AwsServiceEndpoint(Uri Url, string SigningName, string SigningRegion)
{
    // Services whose API lives in one region of each partition, whatever region is being scanned.
    private static readonly HashSet<string> Global = new(StringComparer.Ordinal)
    {
        SigningNames.CloudFront, SigningNames.Route53, SigningNames.CostExplorer, SigningNames.Organizations,
    };

    /// <summary>
    /// The override from <paramref name="endpoints"/> (keyed by signing name) when there is one, else AWS's own hostname.
    /// Global services sign for their home region (us-east-1, cn-northwest-1 in China) even when overridden.
    /// </summary>
    public static AwsServiceEndpoint Resolve(string signingName, string region, AwsEndpoints endpoints)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingName);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(endpoints);

        var china = Arns.Partition(region) == "aws-cn";
        var signingRegion = Global.Contains(signingName) ? (china ? "cn-northwest-1" : "us-east-1") : region;
        var overrideUrl = endpoints.For(signingName);
        var url = overrideUrl is not null
            ? new Uri(overrideUrl, UriKind.Absolute)
            : new Uri($"https://{AwsHost(signingName, signingRegion, china)}/");
        return new AwsServiceEndpoint(url, signingName, signingRegion);
    }

    private static string AwsHost(string signingName, string region, bool china)
    {
        var suffix = china ? "amazonaws.com.cn" : "amazonaws.com";
        return signingName switch
        {
            SigningNames.CloudFront when !china => "cloudfront.amazonaws.com",
            SigningNames.Route53 => $"route53.{suffix}",
            SigningNames.Ecr => $"api.ecr.{region}.{suffix}",
            _ => $"{signingName}.{region}.{suffix}",
        };
    }

    /// <summary>The absolute URI of an API path (already percent-encoded) and query, below any path the override URL carries.</summary>
    public Uri UriFor(string path, QueryParameters? query = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var basePath = Url.AbsolutePath.TrimEnd('/');
        var relative = path.StartsWith('/') ? path : "/" + path;
        var queryString = query is { Count: > 0 } ? "?" + query.ToEncodedString() : "";
        return new Uri(Url, basePath + relative + queryString);
    }
}
