using System.Globalization;
using System.Xml.Linq;
using Inventory.Discovery.Collectors.Ec2;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.ElastiCache;

/// <summary>Typed values and tags from ElastiCache's XML; a missing and an empty element both read as "none".</summary>
internal static class ElastiCacheXml
{
    public static string? Text(this XElement element, params string[] path) => Ec2Fields.Text(element.TextAt(path));

    public static bool? Bool(this XElement element, params string[] path) =>
        bool.TryParse(element.TextAt(path), out var value) ? value : null;

    public static long? Number(this XElement element, params string[] path) =>
        long.TryParse(element.TextAt(path), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A time in the same UTC text as the SDK-based collectors write, whatever precision AWS sent.</summary>
    public static string? Time(this XElement element, params string[] path) =>
        DateTime.TryParse(element.TextAt(path), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? Ec2Fields.Utc(value)
            : null;

    /// <summary>The texts of a list's members: ("SecurityGroups", "member", "SecurityGroupId").</summary>
    public static IEnumerable<string?> Texts(this XElement element, string list, string member, params string[] field) =>
        element.All(list, member).Select(item => item.Text(field));

    /// <summary>ElastiCache tags as ListTagsForResource answers them: &lt;TagList&gt;&lt;Tag&gt;&lt;Key/&gt;&lt;Value/&gt;&lt;/Tag&gt;&lt;/TagList&gt;.</summary>
    public static IReadOnlyDictionary<string, string> Tags(XElement result)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in result.All("TagList", "Tag"))
        {
            if (tag.TextAt("Key") is { Length: > 0 } key)
                tags[key] = tag.TextAt("Value") ?? "";
        }
        return tags;
    }
}
