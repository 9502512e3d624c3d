using System.Xml.Linq;
using Inventory.StubAws.Protocols;

namespace Inventory.StubAws.Services.CloudFront;

/// <summary>Building blocks of CloudFront's XML: its namespace and its counted lists.</summary>
internal static class CloudFrontXml
{
    public static readonly XNamespace Ns = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    public static XElement? V(string name, object? value) => StubXml.Optional(Ns + name, value);

    /// <summary>CloudFront lists: &lt;name&gt;&lt;Quantity&gt;n&lt;/Quantity&gt;&lt;Items&gt;...&lt;/Items&gt;&lt;/name&gt;, Items left out when empty.</summary>
    public static XElement Items(string name, IEnumerable<XElement?> items)
    {
        var list = items.OfType<XElement>().ToList();
        return E(name, V("Quantity", list.Count), list.Count == 0 ? null : E("Items", list));
    }
}
