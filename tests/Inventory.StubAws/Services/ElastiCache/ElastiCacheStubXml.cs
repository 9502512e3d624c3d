using System.Xml.Linq;
using Inventory.StubAws.Protocols;

namespace Inventory.StubAws.Services.ElastiCache;

/// <summary>Building blocks of ElastiCache's XML: its namespace and lists whose members are named per list.</summary>
internal static class ElastiCacheStubXml
{
    public static readonly XNamespace Ns = "http://elasticache.amazonaws.com/doc/2015-02-02/";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>An element with a value's AWS text, or nothing for null.</summary>
    public static XElement? V(string name, object? value) => StubXml.Optional(Ns + name, value);

    /// <summary>ElastiCache lists: &lt;CacheNodes&gt;&lt;CacheNode&gt;...&lt;/CacheNode&gt;&lt;/CacheNodes&gt;, &lt;SecurityGroups&gt;&lt;member&gt;....</summary>
    public static XElement List(string name, string member, IEnumerable<object?> members) =>
        new(Ns + name, members.Select(m => new XElement(Ns + member, m)));

    public static XElement? Endpoint(string name, string? address, int port) =>
        address is null ? null : E(name, V("Address", address), V("Port", port));
}
