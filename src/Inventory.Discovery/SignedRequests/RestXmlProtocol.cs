using System.Xml.Linq;

namespace Inventory.Discovery.SignedRequests;

/// <summary>AWS's REST-XML protocol (CloudFront, Route 53): GET on a resource path, answered in XML.</summary>
internal static class RestXmlProtocol
{
    /// <param name="path">The API path, segments already percent-encoded ("/2020-05-31/distribution").</param>
    /// <returns>The root element of the answer.</returns>
    public static Task<XElement> RestXmlAsync(this SignedAwsClient client, string path, QueryParameters? query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, client.Endpoint.UriFor(path, query)),
            answer => AwsXml.Parse(answer.Body),
            AwsXml.Error,
            ct);
    }

    /// <summary>Every page: the next marker counts only while the root's &lt;IsTruncated&gt; says true.</summary>
    public static IAsyncEnumerable<XElement> RestXmlPagesAsync(
        this SignedAwsClient client, string path, QueryParameters? query, PageToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        var first = query ?? new QueryParameters();
        return AwsPages.ReadAllAsync(
            (marker, pageCt) => client.RestXmlAsync(path, first.With(token.RequestName, marker), pageCt),
            root => string.Equals(root.TextAt("IsTruncated")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                ? root.TextAt(token.ResponseName)
                : null,
            ct);
    }
}
