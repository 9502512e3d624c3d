using System.Text.Json;

namespace Inventory.Discovery.SignedRequests;

/// <summary>AWS's REST-JSON protocol (Lambda, EKS, OpenSearch, MSK): GET on a resource path, answered in JSON.</summary>
internal static class RestJsonProtocol
{
    /// <param name="path">The API path, segments already percent-encoded ("/2015-03-31/functions/").</param>
    public static Task<JsonElement> RestJsonAsync(this SignedAwsClient client, string path, QueryParameters? query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, client.Endpoint.UriFor(path, query)),
            answer => AwsJson.Parse(answer.Body),
            AwsJson.Error,
            ct);
    }

    /// <summary>Every page; the token travels in the query string and returns as a top-level string property.</summary>
    public static IAsyncEnumerable<JsonElement> RestJsonPagesAsync(
        this SignedAwsClient client, string path, QueryParameters? query, PageToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        var first = query ?? new QueryParameters();
        return AwsPages.ReadAllAsync(
            (next, pageCt) => client.RestJsonAsync(path, first.With(token.RequestName, next), pageCt),
            page => page.StringAt(token.ResponseName),
            ct);
    }
}
