using System.Xml.Linq;
using Inventory.StubAws.Protocols;

namespace Inventory.StubAws.Services.Route53;

/// <summary>A hosted zone by its bare id ("Z0123") and name with the trailing dot ("example.com."), and its record sets.</summary>
public sealed class StubHostedZone(string id, string name)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string? Comment { get; set; }
    public bool PrivateZone { get; set; }
    public List<StubRecordSet> RecordSets { get; } = [];
    public Dictionary<string, string> Tags { get; } = [];

    /// <summary>In Route 53's listing order: names with their labels reversed, then type, then set identifier.</summary>
    public IReadOnlyList<StubRecordSet> OrderedRecordSets =>
        RecordSets.OrderBy(r => r.SortKey, StringComparer.Ordinal).ThenBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.SetIdentifier ?? "", StringComparer.Ordinal).ToList();

    internal XElement ToXml(XNamespace ns) => new(ns + "HostedZone",
        new XElement(ns + "Id", "/hostedzone/" + Id),
        new XElement(ns + "Name", Name),
        new XElement(ns + "CallerReference", "stub-" + Id),
        new XElement(ns + "Config",
            StubXml.Optional(ns + "Comment", Comment),
            new XElement(ns + "PrivateZone", StubXml.Text(PrivateZone))),
        new XElement(ns + "ResourceRecordSetCount", RecordSets.Count));
}

/// <summary>A record set: plain values with a TTL, or an alias to another AWS name.</summary>
public sealed record StubRecordSet(string Name, string Type)
{
    public long? Ttl { get; init; } = 300;
    public IReadOnlyList<string> Values { get; init; } = [];
    public string? SetIdentifier { get; init; }
    public long? Weight { get; init; }
    public string? AliasDnsName { get; init; }
    public string? AliasHostedZoneId { get; init; }

    /// <summary>"www.example.com." sorts as "com.example.www".</summary>
    public string SortKey => string.Join('.', Name.TrimEnd('.').Split('.').Reverse());

    internal XElement ToXml(XNamespace ns) => new(ns + "ResourceRecordSet",
        new XElement(ns + "Name", Name),
        new XElement(ns + "Type", Type),
        StubXml.Optional(ns + "SetIdentifier", SetIdentifier),
        StubXml.Optional(ns + "Weight", Weight),
        AliasDnsName is null ? StubXml.Optional(ns + "TTL", Ttl) : null,
        AliasDnsName is null
            ? new XElement(ns + "ResourceRecords", Values.Select(v => new XElement(ns + "ResourceRecord", new XElement(ns + "Value", v))))
            : new XElement(ns + "AliasTarget",
                new XElement(ns + "HostedZoneId", AliasHostedZoneId ?? "Z2FDTNDATAQYW2"),
                new XElement(ns + "DNSName", AliasDnsName),
                new XElement(ns + "EvaluateTargetHealth", "false")));
}
