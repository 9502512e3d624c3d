using System.Collections.Concurrent;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.ElastiCache;

/// <summary>Tags of cache clusters and replication groups: one ListTagsForResource per ARN, as ElastiCache has no batch read.</summary>
internal static class ElastiCacheTags
{
    // A few calls at a time: an account can hold hundreds of clusters, and ElastiCache throttles bursts.
    private const int CallsAtOnce = 4;

    // What ListTagsForResource answers for a resource deleted after it was listed.
    private static readonly HashSet<string> GoneCodes = new(StringComparer.Ordinal) { "CacheClusterNotFound", "ReplicationGroupNotFoundFault" };

    /// <returns>The tags of each ARN; a resource that vanished between the list and its tag call is missing.</returns>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> ReadAsync(
        SignedAwsClient elastiCache, IReadOnlyList<string> arns, CancellationToken ct)
    {
        var tags = new ConcurrentDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            arns,
            new ParallelOptions { MaxDegreeOfParallelism = CallsAtOnce, CancellationToken = ct },
            async (arn, callCt) =>
            {
                try
                {
                    var result = await elastiCache.QueryAsync(
                        "ListTagsForResource", ElastiCacheCollector.Version, new QueryParameters().Add("ResourceName", arn), callCt).ConfigureAwait(false);
                    tags[arn] = ElastiCacheXml.Tags(result);
                }
                catch (AwsServiceException e) when (GoneCodes.Contains(e.ErrorCode))
                {
                    // Gone since it was listed: the next scan will not list it either.
                }
            }).ConfigureAwait(false);
        return tags;
    }
}
