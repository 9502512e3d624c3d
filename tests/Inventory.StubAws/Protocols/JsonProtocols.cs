using System.Text.Json;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Protocols;

internal sealed class JsonProtocol : StubProtocol
{
    public override async Task WriteErrorAsync(HttpContext http, StubError error, string requestId)
    {
        http.Response.StatusCode = error.Status;
        http.Response.ContentType = "application/x-amz-json-1.1";
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        await http.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["__type"] = error.Code,
            ["message"] = error.Message,
        }));
    }

    public override StubError InvalidCredentials() =>
        new("UnrecognizedClientException", "The security token included in the request is invalid.", 400);
}

internal sealed class RestJsonProtocol : StubProtocol
{
    public override async Task WriteErrorAsync(HttpContext http, StubError error, string requestId)
    {
        http.Response.StatusCode = error.Status;
        http.Response.ContentType = "application/json";
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        http.Response.Headers["x-amzn-ErrorType"] = error.Code;
        await http.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["message"] = error.Message,
        }));
    }

    public override StubError InvalidCredentials() =>
        new("UnrecognizedClientException", "The security token included in the request is invalid.", 403);
}
