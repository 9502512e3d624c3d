using System.Globalization;
using System.Xml.Linq;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors;

/// <summary>Typed values, lists and tags from query-protocol XML (RDS, ElastiCache, ELBv2); a missing and an empty element both read as "none".</summary>
internal static class QueryXmlValues
{
    public static string? Text(this XElement element, params string[] path) => ObservationFields.Text(element.TextAt(path));

    public static bool? Bool(this XElement element, params string[] path) =>
        bool.TryParse(element.TextAt(path), out var value) ? value : null;

    public static long? Number(this XElement element, params string[] path) =>
        long.TryParse(element.TextAt(path), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A time in the same UTC text as the SDK-based collectors write, whatever precision AWS sent.</summary>
    public static string? Time(this XElement element, params string[] path) =>
        DateTime.TryParse(element.TextAt(path), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? ObservationFields.Utc(value)
            : null;

    /// <summary>The texts of a list's members: ("VpcSecurityGroups", "VpcSecurityGroupMembership", "VpcSecurityGroupId").</summary>
    public static IEnumerable<string?> Texts(this XElement element, string list, string member, params string[] field) =>
        element.All(list, member).Select(item => item.Text(field));

    /// <summary>The list's texts in order, for attributes: AWS promises no order, so a reordering is not a change.</summary>
    public static IReadOnlyList<string> SortedTexts(this XElement element, string list, string member, params string[] field) =>
        [.. ObservationFields.Present(element.Texts(list, member, field)).Order(StringComparer.Ordinal)];

    /// <summary>Key/value tags under a list: ("TagList", "Tag") for RDS and ElastiCache, ("Tags", "member") for ELBv2.</summary>
    public static IReadOnlyDictionary<string, string> TagsAt(this XElement element, string list, string member)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in element.All(list, member))
        {
            if (tag.TextAt("Key") is { Length: > 0 } key)
                tags[key] = tag.TextAt("Value") ?? "";
        }
        return tags;
    }
}
