using System.Xml.Linq;

namespace Inventory.Discovery.Collectors.Rds;

internal static class RdsXml
{
    /// <summary>RDS tags: &lt;TagList&gt;&lt;Tag&gt;&lt;Key/&gt;&lt;Value/&gt;&lt;/Tag&gt;&lt;/TagList&gt;.</summary>
    public static IReadOnlyDictionary<string, string> Tags(XElement resource) => resource.TagsAt("TagList", "Tag");
}
