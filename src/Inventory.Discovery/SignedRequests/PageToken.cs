namespace Inventory.Discovery.SignedRequests;

/// <summary>
/// How one AWS list API pages: the parameter the next request carries the token in, and the field of the
/// answer it comes back in. AWS spells these differently per API, so collectors say which.
/// </summary>
internal sealed record PageToken(string RequestName, string ResponseName)
{
    /// <summary>RDS, ElastiCache.</summary>
    public static readonly PageToken Marker = new("Marker", "Marker");

    /// <summary>ELBv2, CloudFront, Lambda.</summary>
    public static readonly PageToken MarkerNextMarker = new("Marker", "NextMarker");

    /// <summary>EKS, ECR.</summary>
    public static readonly PageToken CamelNextToken = new("nextToken", "nextToken");

    /// <summary>Cognito user pools, Organizations.</summary>
    public static readonly PageToken NextToken = new("NextToken", "NextToken");
}
