using System.Xml.Linq;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Protocols;

internal sealed class S3XmlProtocol : StubProtocol
{
    public override Task WriteErrorAsync(HttpContext http, StubError error, string requestId)
    {
        http.Response.Headers["x-amz-request-id"] = requestId;
        http.Response.Headers["x-amz-id-2"] = "stub-host-id";
        return StubXml.WriteAsync(http, new XElement("Error",
            new XElement("Code", error.Code),
            new XElement("Message", error.Message),
            error.Details.Select(d => new XElement(d.Key, d.Value)),
            new XElement("RequestId", requestId),
            new XElement("HostId", "stub-host-id")), error.Status);
    }

    public override StubError InvalidCredentials() =>
        new("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", 403);

    public override StubError MissingAuthentication() => new("AccessDenied", "Access Denied", 403);

    public override StubError MalformedAuthorization(string detail) =>
        new("AuthorizationHeaderMalformed", "The authorization header is malformed; " + detail, 400);
}
