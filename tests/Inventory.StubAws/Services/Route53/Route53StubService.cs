using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Inventory.StubAws.Services.CloudFront;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.Route53;

/// <summary>
/// Route 53 (REST-XML, 2013-04-01): ListHostedZones paged by marker (the id of the next zone), ListTagsForResource for
/// hosted zones, and ListResourceRecordSets paged by the name, type and set identifier of the next record.
/// </summary>
public sealed partial class Route53StubService : IStubService
{
    private static readonly XNamespace Ns = "https://route53.amazonaws.com/doc/2013-04-01/";

    public string SigningName => "route53";

    public StubProtocol Protocol { get; } = new NamespacedRestXmlProtocol(Ns);

    public string ActionOf(StubRequest request)
    {
        if (request.Method != "GET")
            return "Unsupported";
        if (request.Path == "/2013-04-01/hostedzone")
            return "ListHostedZones";
        if (RecordSetsPath().IsMatch(request.Path))
            return "ListResourceRecordSets";
        return TagsPath().IsMatch(request.Path) ? "ListTagsForResource" : "Unsupported";
    }

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        return request.Action switch
        {
            "ListHostedZones" => ListHostedZonesAsync(request, http),
            "ListTagsForResource" => ListTagsAsync(request, http),
            "ListResourceRecordSets" => ListRecordSetsAsync(request, http),
            _ => throw new StubAwsException("InvalidInput", $"The stub Route 53 does not implement {request.Method} {request.Path}."),
        };
    }

    private static Task ListHostedZonesAsync(StubRequest request, HttpContext http)
    {
        var zones = request.Account.Route53().HostedZones;
        var marker = request.Query.GetValueOrDefault("marker");
        var start = marker is null ? 0 : zones.FindIndex(z => z.Id == marker);
        if (start < 0)
            throw new StubAwsException("InvalidInput", $"Invalid marker {marker}: no such hosted zone.");
        var maxItems = MaxItems(request, 100);
        var page = zones.Skip(start).Take(Math.Min(maxItems, request.PageSize)).ToList();
        var next = zones.ElementAtOrDefault(start + page.Count);
        return StubXml.WriteAsync(http, new XElement(Ns + "ListHostedZonesResponse",
            new XElement(Ns + "HostedZones", page.Select(z => z.ToXml(Ns))),
            StubXml.Optional(Ns + "Marker", marker),
            new XElement(Ns + "IsTruncated", StubXml.Text(next is not null)),
            StubXml.Optional(Ns + "NextMarker", next?.Id),
            new XElement(Ns + "MaxItems", maxItems)));
    }

    private static Task ListTagsAsync(StubRequest request, HttpContext http)
    {
        var match = TagsPath().Match(request.Path);
        if (match.Groups["type"].Value != "hostedzone")
            throw new StubAwsException("InvalidInput", $"The stub Route 53 keeps no tags for {match.Groups["type"].Value}.");
        var zone = FindZone(request, match.Groups["id"].Value);
        return StubXml.WriteAsync(http, new XElement(Ns + "ListTagsForResourceResponse",
            new XElement(Ns + "ResourceTagSet",
                new XElement(Ns + "ResourceType", "hostedzone"),
                new XElement(Ns + "ResourceId", zone.Id),
                new XElement(Ns + "Tags", zone.Tags.Select(t =>
                    new XElement(Ns + "Tag", new XElement(Ns + "Key", t.Key), new XElement(Ns + "Value", t.Value)))))));
    }

    // A page starts at the first record at or after (name, type, identifier) in listing order, as Route 53 does.
    private static Task ListRecordSetsAsync(StubRequest request, HttpContext http)
    {
        var zone = FindZone(request, RecordSetsPath().Match(request.Path).Groups["id"].Value);
        var name = request.Query.GetValueOrDefault("name");
        var type = request.Query.GetValueOrDefault("type");
        var identifier = request.Query.GetValueOrDefault("identifier");
        if ((type is not null && name is null) || (identifier is not null && type is null))
            throw new StubAwsException("InvalidInput", "The type requires a name, and the identifier requires a type.");

        var records = zone.OrderedRecordSets;
        var from = new StubRecordSet(name ?? "", type ?? "") { SetIdentifier = identifier };
        var start = name is null ? 0 : records.TakeWhile(r => Compare(r, from) < 0).Count();
        var maxItems = MaxItems(request, 300);
        var page = records.Skip(start).Take(Math.Min(maxItems, request.PageSize)).ToList();
        var next = records.ElementAtOrDefault(start + page.Count);
        return StubXml.WriteAsync(http, new XElement(Ns + "ListResourceRecordSetsResponse",
            new XElement(Ns + "ResourceRecordSets", page.Select(r => r.ToXml(Ns))),
            new XElement(Ns + "IsTruncated", StubXml.Text(next is not null)),
            StubXml.Optional(Ns + "NextRecordName", next?.Name),
            StubXml.Optional(Ns + "NextRecordType", next?.Type),
            StubXml.Optional(Ns + "NextRecordIdentifier", next?.SetIdentifier),
            new XElement(Ns + "MaxItems", maxItems)));
    }

    private static int Compare(StubRecordSet a, StubRecordSet b)
    {
        var byName = string.CompareOrdinal(a.SortKey, b.SortKey);
        if (byName != 0)
            return byName;
        var byType = string.CompareOrdinal(a.Type, b.Type);
        return byType != 0 ? byType : string.CompareOrdinal(a.SetIdentifier ?? "", b.SetIdentifier ?? "");
    }

    private static StubHostedZone FindZone(StubRequest request, string id) =>
        request.Account.Route53().HostedZones.FirstOrDefault(z => z.Id == id)
        ?? throw new StubAwsException("NoSuchHostedZone", $"No hosted zone found with ID: {id}", 404);

    // Route 53 answers at most the API's limit, whatever was asked for.
    private static int MaxItems(StubRequest request, int limit)
    {
        var text = request.Query.GetValueOrDefault("maxitems");
        if (text is null)
            return limit;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? Math.Min(value, limit)
            : throw new StubAwsException("InvalidInput", $"maxitems {text} is not a positive number.");
    }

    [GeneratedRegex("^/2013-04-01/hostedzone/(?<id>[^/]+)/rrset$")]
    private static partial Regex RecordSetsPath();

    [GeneratedRegex("^/2013-04-01/tags/(?<type>[^/]+)/(?<id>[^/]+)$")]
    private static partial Regex TagsPath();
}
