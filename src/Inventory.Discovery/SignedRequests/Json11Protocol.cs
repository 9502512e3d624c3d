using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Discovery.SignedRequests;

/// <summary>
/// AWS's JSON 1.1 protocol (ECR, Cognito user pools, Cost Explorer, Organizations): a JSON body POSTed to "/",
/// the operation named in X-Amz-Target.
/// </summary>
internal static class Json11Protocol
{
    /// <param name="targetPrefix">The service's target prefix, e.g. "AmazonEC2ContainerRegistry_V20150921".</param>
    /// <param name="body">The request fields; null sends "{}".</param>
    public static Task<JsonElement> Json11Async(
        this SignedAwsClient client, string targetPrefix, string operation, JsonObject? body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);

        var json = body?.ToJsonString() ?? "{}";
        var target = $"{targetPrefix}.{operation}";
        return client.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, client.Endpoint.UriFor("/"))
                {
                    // Set explicitly: StringContent would append "; charset=utf-8", which is not the documented type.
                    Content = new StringContent(json, Encoding.UTF8) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1") } },
                };
                request.Headers.Add("X-Amz-Target", target);
                return request;
            },
            answer => AwsJson.Parse(answer.Body),
            AwsJson.Error,
            ct);
    }

    /// <summary>Every page; the token travels as a body field and returns as a top-level string property.</summary>
    public static IAsyncEnumerable<JsonElement> Json11PagesAsync(
        this SignedAwsClient client, string targetPrefix, string operation, JsonObject? body, PageToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        return AwsPages.ReadAllAsync(
            (next, pageCt) => client.Json11Async(targetPrefix, operation, WithToken(body, token.RequestName, next), pageCt),
            page => page.StringAt(token.ResponseName),
            ct);
    }

    // A copy, so the caller's body is never changed between pages.
    private static JsonObject WithToken(JsonObject? body, string name, string? value)
    {
        var copy = body?.DeepClone().AsObject() ?? [];
        if (value is not null)
            copy[name] = value;
        return copy;
    }
}
