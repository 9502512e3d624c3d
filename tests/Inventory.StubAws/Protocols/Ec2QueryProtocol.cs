using System.Xml.Linq;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Protocols;

internal sealed class Ec2QueryProtocol : StubProtocol
{
    public override Task WriteErrorAsync(HttpContext http, StubError error, string requestId) =>
        StubXml.WriteAsync(http, new XElement("Response",
            new XElement("Errors", new XElement("Error",
                new XElement("Code", error.Code),
                new XElement("Message", error.Message))),
            new XElement("RequestID", requestId)), error.Status);

    public override StubError InvalidCredentials() =>
        new("AuthFailure", "AWS was not able to validate the provided access credentials", 401);
}
