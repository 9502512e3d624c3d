using System.Xml.Linq;

namespace Inventory.Discovery.Collectors.ElastiCache;

/// <summary>The VPC and subnets of a cache subnet group: a cache cluster names its group, DescribeCacheSubnetGroups places it.</summary>
internal sealed record ElastiCacheSubnetGroup(string? VpcId, IReadOnlyList<string> SubnetIds)
{
    public static readonly ElastiCacheSubnetGroup None = new(null, []);

    public static IReadOnlyDictionary<string, ElastiCacheSubnetGroup> ByName(IEnumerable<XElement> subnetGroups)
    {
        var byName = new Dictionary<string, ElastiCacheSubnetGroup>(StringComparer.Ordinal);
        foreach (var subnetGroup in subnetGroups)
        {
            if (subnetGroup.Text("CacheSubnetGroupName") is { } name)
                byName[name] = new(subnetGroup.Text("VpcId"), [.. subnetGroup.Texts("Subnets", "Subnet", "SubnetIdentifier").OfType<string>()]);
        }
        return byName;
    }
}
