using System.Xml.Linq;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Protocols;

internal sealed class QueryProtocol : StubProtocol
{
    public override Task WriteErrorAsync(HttpContext http, StubError error, string requestId)
    {
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        return StubXml.WriteAsync(http, ErrorResponse(error, requestId), error.Status);
    }

    internal static XElement ErrorResponse(StubError error, string requestId) =>
        new("ErrorResponse",
            new XElement("Error",
                new XElement("Type", error.Type),
                new XElement("Code", error.Code),
                new XElement("Message", error.Message),
                error.Details.Select(d => new XElement(d.Key, d.Value))),
            new XElement("RequestId", requestId));
}

/// <summary>CloudFront and Route 53 answer errors in the query protocol's shape.</summary>
internal sealed class RestXmlProtocol : StubProtocol
{
    public override Task WriteErrorAsync(HttpContext http, StubError error, string requestId)
    {
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        return StubXml.WriteAsync(http, QueryProtocol.ErrorResponse(error, requestId), error.Status);
    }
}
