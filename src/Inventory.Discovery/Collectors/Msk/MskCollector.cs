using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Msk;

/// <summary>
/// Amazon MSK in one region, over REST-JSON through the signed client (signing name "kafka").
/// Calls ListClustersV2 (GET /api/v2/clusters, paged by nextToken), which answers provisioned and serverless clusters with their tags.
/// </summary>
internal sealed class MskCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    public string Service => "msk";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var msk = new SignedAwsClient(access, SigningNames.Msk, throttling);
        return await MskClusters.CollectAsync(msk, cancellation).ConfigureAwait(false);
    }
}
