using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Eks;

/// <summary>
/// EKS in one region: clusters and their managed node groups, over REST-JSON through the signed client.
/// Calls ListClusters (GET /clusters, paged by nextToken) and DescribeCluster (GET /clusters/{name}) per cluster,
/// then ListNodegroups (GET /clusters/{name}/node-groups, paged) and DescribeNodegroup (GET /clusters/{name}/node-groups/{nodegroup}).
/// </summary>
internal sealed class EksCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    public string Service => "eks";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var eks = new SignedAwsClient(access, SigningNames.Eks, throttling);
        var observations = new List<Observation>();
        foreach (var cluster in await EksClusters.DescribeAllAsync(eks, cancellation).ConfigureAwait(false))
        {
            observations.Add(EksClusters.Map(cluster));
            observations.AddRange(await EksNodegroups.CollectAsync(eks, cluster, cancellation).ConfigureAwait(false));
        }
        return observations;
    }
}
