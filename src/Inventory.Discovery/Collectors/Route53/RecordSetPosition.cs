using System.Text.Json;
using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.Route53;

/// <summary>
/// Where a page of ListResourceRecordSets starts: a record name, type and set identifier. AwsPages carries one string
/// per token, so the three parts travel as a JSON array, which no character of a name or identifier can break.
/// </summary>
internal sealed record RecordSetPosition(string? Name, string? Type, string? Identifier)
{
    public static readonly RecordSetPosition Start = new(null, null, null);

    /// <summary>The next page's start from an answer, or null on the last page (IsTruncated false).</summary>
    public static RecordSetPosition? Next(XElement page)
    {
        if (!string.Equals(page.TextAt("IsTruncated")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            return null;
        var name = page.TextAt("NextRecordName");
        return string.IsNullOrEmpty(name) ? null : new RecordSetPosition(name, page.TextAt("NextRecordType"), page.TextAt("NextRecordIdentifier"));
    }

    public static RecordSetPosition FromToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return Start;
        var parts = JsonSerializer.Deserialize<string?[]>(token) ?? [];
        return new RecordSetPosition(parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2));
    }

    public string ToToken() => JsonSerializer.Serialize(new[] { Name, Type, Identifier });

    /// <summary>300 is the most one page holds; absent parts are left out, as the first request has none.</summary>
    public QueryParameters Query() =>
        new QueryParameters().Add("maxitems", "300").Add("name", Name).Add("type", Type).Add("identifier", Identifier);
}
