using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Core;

/// <summary>
/// How one AWS protocol shapes error documents, and the codes its services use for authentication failures.
/// Pick the instance for the service's protocol; the shapes follow the AWS API references.
/// </summary>
public abstract class StubProtocol
{
    /// <summary>EC2's own query dialect: &lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;.</summary>
    public static readonly StubProtocol Ec2Query = new Protocols.Ec2QueryProtocol();

    /// <summary>AWS query (STS, RDS, ElastiCache, ELBv2): &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type&gt;.</summary>
    public static readonly StubProtocol Query = new Protocols.QueryProtocol();

    /// <summary>S3's REST-XML: a bare &lt;Error&gt; root.</summary>
    public static readonly StubProtocol S3Xml = new Protocols.S3XmlProtocol();

    /// <summary>REST-XML of CloudFront and Route 53: &lt;ErrorResponse&gt; like the query protocol.</summary>
    public static readonly StubProtocol RestXml = new Protocols.RestXmlProtocol();

    /// <summary>JSON 1.0/1.1 (ECR, Cognito, Cost Explorer): {"__type": ..., "message": ...}.</summary>
    public static readonly StubProtocol Json = new Protocols.JsonProtocol();

    /// <summary>REST-JSON (Lambda, EKS, OpenSearch, MSK): the code in the x-amzn-ErrorType header.</summary>
    public static readonly StubProtocol RestJson = new Protocols.RestJsonProtocol();

    public abstract Task WriteErrorAsync(HttpContext http, StubError error, string requestId);

    /// <summary>The answer to a key the service does not know (or a region the account has not enabled).</summary>
    public virtual StubError InvalidCredentials() =>
        new("InvalidClientTokenId", "The security token included in the request is invalid.", 403);

    /// <summary>The answer to a request with no signature at all.</summary>
    public virtual StubError MissingAuthentication() =>
        new("MissingAuthenticationToken", "Request is missing Authentication Token", 403);

    /// <summary>The answer to an Authorization header that is not a well-formed SigV4 header.</summary>
    public virtual StubError MalformedAuthorization(string detail) => new("IncompleteSignature", detail, 400);

    public virtual StubError SignatureMismatch(string detail) =>
        new("SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided. " + detail, 403);

    /// <summary>Which protocol an unauthenticated request probably speaks, so even its rejection has the right shape.</summary>
    public static StubProtocol Guess(HttpRequest request, IReadOnlyDictionary<string, string> parameters)
    {
        if (request.Headers.ContainsKey("X-Amz-Target"))
            return Json;
        if (parameters.TryGetValue("Action", out _))
            return parameters.TryGetValue("Version", out var version) && version == "2016-11-15" ? Ec2Query : Query;
        return S3Xml;
    }
}
