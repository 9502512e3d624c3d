using System.Xml.Linq;

namespace Inventory.Discovery.Collectors.Elbv2;

/// <summary>Tags and ids from ELBv2's XML.</summary>
internal static class Elbv2Xml
{
    /// <summary>ELBv2 tags: &lt;Tags&gt;&lt;member&gt;&lt;Key/&gt;&lt;Value/&gt;&lt;/member&gt;&lt;/Tags&gt;.</summary>
    public static IReadOnlyDictionary<string, string> Tags(XElement tagDescription) => tagDescription.TagsAt("Tags", "member");

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
