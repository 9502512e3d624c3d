using System.Text.RegularExpressions;

namespace Inventory.Discovery.Collectors.CloudFront;

/// <summary>Recognises the AWS resource behind an origin's DNS name, so a distribution can be linked to it.</summary>
internal static partial class OriginTargets
{
    /// <summary>
    /// The bucket of an S3 REST or website endpoint ("media.s3.amazonaws.com", "media.s3.eu-west-1.amazonaws.com",
    /// "media.s3-website-eu-west-1.amazonaws.com" all give "media"); null for anything else.
    /// </summary>
    public static string? Bucket(string? domainName)
    {
        var match = S3Endpoint().Match(Trimmed(domainName));
        return match.Success ? match.Groups["bucket"].Value.ToLowerInvariant() : null;
    }

    /// <summary>
    /// An Elastic Load Balancing DNS name, "dualstack." dropped so it equals the name the load balancer reports;
    /// null for anything else.
    /// </summary>
    public static string? LoadBalancerDns(string? domainName)
    {
        var name = Trimmed(domainName);
        if (!ElbEndpoint().IsMatch(name))
            return null;
        return name.StartsWith("dualstack.", StringComparison.OrdinalIgnoreCase) ? name["dualstack.".Length..] : name;
    }

    private static string Trimmed(string? domainName) => (domainName ?? "").Trim().TrimEnd('.');

    // Greedy, so a bucket whose own name holds ".s3" ("logs.s3.s3.amazonaws.com") keeps it.
    [GeneratedRegex(@"^(?<bucket>[a-z0-9][a-z0-9.-]*[a-z0-9])\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex S3Endpoint();

    // Classic and application load balancers: NAME.REGION.elb.amazonaws.com; network load balancers: NAME.elb.REGION.amazonaws.com.
    [GeneratedRegex(@"^[a-z0-9.-]+\.elb\.(?:[a-z0-9-]+\.)?amazonaws\.com(?:\.cn)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ElbEndpoint();
}
