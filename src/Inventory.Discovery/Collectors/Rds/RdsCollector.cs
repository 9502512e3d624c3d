using System.Xml.Linq;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Rds;

/// <summary>
/// RDS in one region over the query API (version 2014-10-31): DescribeDBInstances, DescribeDBClusters and, when a
/// cluster names a subnet group, DescribeDBSubnetGroups; every one paged by Marker.
/// </summary>
internal sealed class RdsCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    public const string Version = "2014-10-31";

    // RDS's largest page (20 to 100 are allowed): the fewer calls, the less throttling.
    private const string MaxRecords = "100";

    public string Service => "rds";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var rds = new SignedAwsClient(access, SigningNames.Rds, throttling);
        var instances = await ListAsync(rds, "DescribeDBInstances", "DBInstances", "DBInstance", cancellation).ConfigureAwait(false);
        var clusters = await ListAsync(rds, "DescribeDBClusters", "DBClusters", "DBCluster", cancellation).ConfigureAwait(false);
        // Only clusters need the subnet groups (instances carry theirs), so a region without clusters skips the call.
        var subnetGroups = clusters.Any(c => c.Text("DBSubnetGroup") is not null)
            ? RdsSubnetGroup.ByName(await ListAsync(rds, "DescribeDBSubnetGroups", "DBSubnetGroups", "DBSubnetGroup", cancellation).ConfigureAwait(false))
            : new Dictionary<string, RdsSubnetGroup>();
        return [.. instances.Select(RdsDbInstances.Map), .. clusters.Select(c => RdsDbClusters.Map(c, subnetGroups))];
    }

    private static async Task<List<XElement>> ListAsync(SignedAwsClient rds, string action, string list, string member, CancellationToken ct)
    {
        var items = new List<XElement>();
        var parameters = new QueryParameters().Add("MaxRecords", MaxRecords);
        await foreach (var page in rds.QueryPagesAsync(action, Version, parameters, PageToken.Marker, ct).ConfigureAwait(false))
            items.AddRange(page.All(list, member));
        return items;
    }
}
