using System.Xml.Linq;

namespace Inventory.Discovery.Collectors.Rds;

/// <summary>
/// Where a DB subnet group puts a database: its VPC and subnets. Instances carry theirs whole; clusters only name
/// theirs, so the collector reads the groups to place clusters in their VPC.
/// </summary>
internal sealed record RdsSubnetGroup(string? VpcId, IReadOnlyList<string> SubnetIds)
{
    public static readonly RdsSubnetGroup None = new(null, []);

    /// <summary>A &lt;DBSubnetGroup&gt; element, as embedded in a DB instance or listed by DescribeDBSubnetGroups.</summary>
    public static RdsSubnetGroup From(XElement? subnetGroup) =>
        subnetGroup is null
            ? None
            : new(subnetGroup.Text("VpcId"), [.. subnetGroup.Texts("Subnets", "Subnet", "SubnetIdentifier").OfType<string>()]);

    public static IReadOnlyDictionary<string, RdsSubnetGroup> ByName(IEnumerable<XElement> subnetGroups)
    {
        var byName = new Dictionary<string, RdsSubnetGroup>(StringComparer.Ordinal);
        foreach (var subnetGroup in subnetGroups)
        {
            if (subnetGroup.Text("DBSubnetGroupName") is { } name)
                byName[name] = From(subnetGroup);
        }
        return byName;
    }
}
