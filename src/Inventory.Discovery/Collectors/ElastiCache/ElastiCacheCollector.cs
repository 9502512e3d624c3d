using System.Xml.Linq;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.ElastiCache;

/// <summary>
/// ElastiCache in one region over the query API (version 2015-02-02): DescribeCacheClusters (with node info),
/// DescribeReplicationGroups and, when a cluster names a subnet group, DescribeCacheSubnetGroups, all paged by Marker;
/// then ListTagsForResource for every cluster and replication group.
/// </summary>
internal sealed class ElastiCacheCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    public const string Version = "2015-02-02";

    // ElastiCache's largest page (20 to 100 are allowed): the fewer calls, the less throttling.
    private const string MaxRecords = "100";

    private static readonly HashSet<string> NetworkKinds = new(StringComparer.Ordinal) { "vpc", "subnet", "security-group" };

    public string Service => "elasticache";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var elastiCache = new SignedAwsClient(access, SigningNames.ElastiCache, throttling);
        // Node endpoints (the clusters' DNS names) are only in the answer when asked for.
        var nodeInfo = new QueryParameters().Add("ShowCacheNodeInfo", "true");
        var clusters = await ListAsync(elastiCache, "DescribeCacheClusters", "CacheClusters", "CacheCluster", cancellation, nodeInfo).ConfigureAwait(false);
        var groups = await ListAsync(elastiCache, "DescribeReplicationGroups", "ReplicationGroups", "ReplicationGroup", cancellation).ConfigureAwait(false);
        var subnetGroups = clusters.Any(c => c.Text("CacheSubnetGroupName") is not null)
            ? ElastiCacheSubnetGroup.ByName(await ListAsync(elastiCache, "DescribeCacheSubnetGroups", "CacheSubnetGroups", "CacheSubnetGroup", cancellation).ConfigureAwait(false))
            : new Dictionary<string, ElastiCacheSubnetGroup>();

        var clusterArns = clusters.Select(c => ElastiCacheClusters.Arn(c, access.Region, access.AccountId)).ToList();
        var groupArns = groups.Select(g => ElastiCacheReplicationGroups.Arn(g, access.Region, access.AccountId)).ToList();
        var tags = await ElastiCacheTags.ReadAsync(elastiCache, [.. clusterArns, .. groupArns], cancellation).ConfigureAwait(false);

        // A resource without tags here was deleted after it was listed.
        var clusterObservations = clusters.Zip(clusterArns, (cluster, arn) => (cluster, arn))
            .Where(c => tags.ContainsKey(c.arn))
            .Select(c => ElastiCacheClusters.Map(c.cluster, c.arn, tags[c.arn], SubnetGroupOf(c.cluster, subnetGroups)))
            .ToList();
        var groupObservations = groups.Zip(groupArns, (group, arn) => (group, arn))
            .Where(g => tags.ContainsKey(g.arn))
            .Select(g => ElastiCacheReplicationGroups.Map(g.group, g.arn, tags[g.arn], NetworkOf(g.group, clusterObservations)));
        return [.. clusterObservations, .. groupObservations];
    }

    private static ElastiCacheSubnetGroup SubnetGroupOf(XElement cluster, IReadOnlyDictionary<string, ElastiCacheSubnetGroup> subnetGroups) =>
        cluster.Text("CacheSubnetGroupName") is { } name ? subnetGroups.GetValueOrDefault(name, ElastiCacheSubnetGroup.None) : ElastiCacheSubnetGroup.None;

    private static IEnumerable<RelatedResource> NetworkOf(XElement group, IReadOnlyList<Observation> clusters)
    {
        var members = ElastiCacheReplicationGroups.MemberClusterIds(group).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return clusters
            .Where(c => c.ResourceId is not null && members.Contains(c.ResourceId))
            .SelectMany(c => c.Related)
            .Where(r => NetworkKinds.Contains(r.Kind));
    }

    private static async Task<List<XElement>> ListAsync(
        SignedAwsClient elastiCache, string action, string list, string member, CancellationToken ct, QueryParameters? options = null)
    {
        var parameters = (options ?? new QueryParameters()).With("MaxRecords", MaxRecords);
        var items = new List<XElement>();
        await foreach (var page in elastiCache.QueryPagesAsync(action, Version, parameters, PageToken.Marker, ct).ConfigureAwait(false))
            items.AddRange(page.All(list, member));
        return items;
    }
}
