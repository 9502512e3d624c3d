using System.Net;
using System.Net.Http.Headers;

namespace Inventory.Discovery.SignedRequests;

/// <summary>One answer as read off the wire, handed to a protocol codec to decode or turn into an error.</summary>
internal sealed record AwsResponse(int StatusCode, HttpResponseHeaders Headers, string Body)
{
    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>REST and JSON services put the request id in a header; the XML error documents carry their own.</summary>
    public string? HeaderRequestId => Header("x-amzn-RequestId") ?? Header("x-amz-request-id");

    /// <summary>For answers without an AWS error document (a proxy's 502 page): the HTTP status name as the code.</summary>
    public AwsServiceException StatusOnlyError() =>
        new(
            Enum.IsDefined((HttpStatusCode)StatusCode) ? ((HttpStatusCode)StatusCode).ToString() : $"Http{StatusCode}",
            StatusCode,
            string.IsNullOrWhiteSpace(Body) ? $"HTTP {StatusCode} without an error document." : Truncated(Body),
            HeaderRequestId);

    private static string Truncated(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
