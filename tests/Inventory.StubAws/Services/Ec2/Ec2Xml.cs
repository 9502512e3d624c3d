using System.Xml.Linq;
using Inventory.StubAws.Protocols;

namespace Inventory.StubAws.Services.Ec2;

/// <summary>Building blocks of EC2's XML: its namespace, item lists and tag sets.</summary>
internal static class Ec2Xml
{
    public static readonly XNamespace Ns = "http://ec2.amazonaws.com/doc/2016-11-15/";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>An element with a value's AWS text, or nothing for null.</summary>
    public static XElement? V(string name, object? value) => StubXml.Optional(Ns + name, value);

    /// <summary>EC2 lists: &lt;name&gt;&lt;item&gt;...&lt;/item&gt;...&lt;/name&gt;.</summary>
    public static XElement Items(string name, IEnumerable<IEnumerable<object?>> items) =>
        new(Ns + name, items.Select(item => new XElement(Ns + "item", item)));

    public static XElement? Tags(IReadOnlyDictionary<string, string> tags) =>
        tags.Count == 0 ? null : Items("tagSet", tags.Select(t => new object?[] { V("key", t.Key), V("value", t.Value) }));

    public static XElement Groups(IEnumerable<string> groupIds) =>
        Items("groupSet", groupIds.Select(id => new object?[] { V("groupId", id), V("groupName", "group-" + id) }));
}
