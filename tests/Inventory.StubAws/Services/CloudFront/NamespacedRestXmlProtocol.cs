using System.Xml.Linq;
using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.CloudFront;

/// <summary>
/// CloudFront's and Route 53's &lt;ErrorResponse&gt;, in the service's own XML namespace as they send it
/// (the shared RestXml protocol writes it without one).
/// </summary>
internal sealed class NamespacedRestXmlProtocol(XNamespace ns) : StubProtocol
{
    public override Task WriteErrorAsync(HttpContext http, StubError error, string requestId)
    {
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        var document = QueryProtocol.ErrorResponse(error, requestId);
        foreach (var element in document.DescendantsAndSelf())
            element.Name = ns + element.Name.LocalName;
        return StubXml.WriteAsync(http, document, error.Status);
    }
}
