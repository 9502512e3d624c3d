using System.Text;
using System.Xml.Linq;

namespace Inventory.Discovery.SignedRequests;

/// <summary>AWS's query protocol (RDS, ElastiCache, ELBv2): a POSTed form with Action and Version, answered in XML.</summary>
internal static class QueryProtocol
{
    /// <summary>Calls an action and returns its &lt;{Action}Result&gt; element (the root when there is none).</summary>
    public static Task<XElement> QueryAsync(
        this SignedAwsClient client, string action, string version, QueryParameters? parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);

        var form = new QueryParameters().Add("Action", action).Add("Version", version);
        if (parameters is not null)
            foreach (var (name, value) in parameters)
                form.Add(name, value);
        var body = form.ToEncodedString();

        return client.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, client.Endpoint.UriFor("/"))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
            },
            answer => Result(AwsXml.Parse(answer.Body), action),
            AwsXml.Error,
            ct);
    }

    /// <summary>Every page of a list action; the token travels as a form parameter and returns in the result element.</summary>
    public static IAsyncEnumerable<XElement> QueryPagesAsync(
        this SignedAwsClient client, string action, string version, QueryParameters? parameters, PageToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        var first = parameters ?? new QueryParameters();
        return AwsPages.ReadAllAsync(
            (marker, pageCt) => client.QueryAsync(action, version, first.With(token.RequestName, marker), pageCt),
            result => result.TextAt(token.ResponseName),
            ct);
    }

    private static XElement Result(XElement root, string action) => root.Child(action + "Result") ?? root;
}
