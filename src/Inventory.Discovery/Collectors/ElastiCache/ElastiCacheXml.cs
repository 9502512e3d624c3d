using System.Xml.Linq;

namespace Inventory.Discovery.Collectors.ElastiCache;

internal static class ElastiCacheXml
{
    /// <summary>ElastiCache tags as ListTagsForResource answers them: &lt;TagList&gt;&lt;Tag&gt;...&lt;/TagList&gt;.</summary>
    public static IReadOnlyDictionary<string, string> Tags(XElement result) => result.TagsAt("TagList", "Tag");
}
