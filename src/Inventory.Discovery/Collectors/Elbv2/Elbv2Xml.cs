using System.Globalization;
using System.Xml.Linq;
using Inventory.Discovery.Collectors.Ec2;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.Elbv2;

/// <summary>Typed values, tags and ids from ELBv2's XML; a missing and an empty element both read as "none".</summary>
internal static class Elbv2Xml
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

    /// <summary>The texts of a list's members; every ELBv2 list names its members "member".</summary>
    public static IEnumerable<string?> Texts(this XElement element, string list, params string[] field) =>
        element.All(list, "member").Select(item => item.Text(field));

    /// <summary>ELBv2 tags: &lt;Tags&gt;&lt;member&gt;&lt;Key/&gt;&lt;Value/&gt;&lt;/member&gt;&lt;/Tags&gt;.</summary>
    public static IReadOnlyDictionary<string, string> Tags(XElement tagDescription)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tagDescription.All("Tags", "member"))
        {
            if (tag.TextAt("Key") is { Length: > 0 } key)
                tags[key] = tag.TextAt("Value") ?? "";
        }
        return tags;
    }

    /// <summary>
    /// The ARN's resource part without the "loadbalancer/" prefix ("app/web/50dc6c495c0c9188", "targetgroup/web/73e2d6bc24d8a067"):
    /// the id CloudWatch dimensions use, unique in a region where names alone are unique only per type.
    /// </summary>
    public static string? ResourceIdOf(string? arn)
    {
        const string loadBalancer = "loadbalancer/";
        var parts = arn?.Split(':', 6);
        if (parts is not { Length: 6 })
            return arn;
        return parts[5].StartsWith(loadBalancer, StringComparison.Ordinal) ? parts[5][loadBalancer.Length..] : parts[5];
    }
}
