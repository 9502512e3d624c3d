using System.Xml.Linq;
using Inventory.StubAws.Protocols;

namespace Inventory.StubAws.Services.Elbv2;

/// <summary>Building blocks of ELBv2's XML: its namespace, &lt;member&gt; lists and tags.</summary>
internal static class Elbv2StubXml
{
    public static readonly XNamespace Ns = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>An element with a value's AWS text, or nothing for null.</summary>
    public static XElement? V(string name, object? value) => StubXml.Optional(Ns + name, value);

    /// <summary>Every ELBv2 list: &lt;name&gt;&lt;member&gt;...&lt;/member&gt;...&lt;/name&gt;.</summary>
    public static XElement Members(string name, IEnumerable<object?> members) =>
        new(Ns + name, members.Select(m => new XElement(Ns + "member", m)));

    public static XElement Tags(IReadOnlyDictionary<string, string> tags) =>
        Members("Tags", tags.Select(t => new object?[] { V("Key", t.Key), V("Value", t.Value) }));
}
