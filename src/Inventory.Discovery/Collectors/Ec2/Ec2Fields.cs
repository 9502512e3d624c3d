using Ec2Tag = Amazon.EC2.Model.Tag;

namespace Inventory.Discovery.Collectors.Ec2;

/// <summary>EC2-family tags (the VPC collector reads the same API).</summary>
internal static class Ec2Fields
{
    public static IReadOnlyDictionary<string, string> Tags(IEnumerable<Ec2Tag>? tags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags ?? [])
        {
            if (!string.IsNullOrEmpty(tag.Key))
                result[tag.Key] = tag.Value ?? "";
        }
        return result;
    }
}
