using System.Xml.Linq;
using Inventory.StubAws.Protocols;

namespace Inventory.StubAws.Services.Rds;

/// <summary>Building blocks of RDS's XML: its namespace, lists whose members are named per list, tag lists.</summary>
internal static class RdsStubXml
{
    public static readonly XNamespace Ns = "http://rds.amazonaws.com/doc/2014-10-31/";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>An element with a value's AWS text, or nothing for null.</summary>
    public static XElement? V(string name, object? value) => StubXml.Optional(Ns + name, value);

    /// <summary>RDS lists: &lt;VpcSecurityGroups&gt;&lt;VpcSecurityGroupMembership&gt;...&lt;/VpcSecurityGroupMembership&gt;&lt;/VpcSecurityGroups&gt;.</summary>
    public static XElement List(string name, string member, IEnumerable<object?> members) =>
        new(Ns + name, members.Select(m => new XElement(Ns + member, m)));

    public static XElement Tags(IReadOnlyDictionary<string, string> tags) =>
        List("TagList", "Tag", tags.Select(t => new object?[] { V("Key", t.Key), V("Value", t.Value) }));

    public static XElement SecurityGroups(IEnumerable<string> groupIds) =>
        List("VpcSecurityGroups", "VpcSecurityGroupMembership", groupIds.Select(id => new object?[] { V("VpcSecurityGroupId", id), V("Status", "active") }));
}
