using Inventory.Discovery.Collecting;
using Inventory.Discovery.Collectors.CloudFront;
using Inventory.Discovery.Collectors.Cognito;
using Inventory.Discovery.Collectors.Ec2;
using Inventory.Discovery.Collectors.Ecr;
using Inventory.Discovery.Collectors.Eks;
using Inventory.Discovery.Collectors.ElastiCache;
using Inventory.Discovery.Collectors.Elbv2;
using Inventory.Discovery.Collectors.Lambda;
using Inventory.Discovery.Collectors.Msk;
using Inventory.Discovery.Collectors.OpenSearch;
using Inventory.Discovery.Collectors.Rds;
using Inventory.Discovery.Collectors.Route53;
using Inventory.Discovery.Collectors.S3;
using Inventory.Discovery.Collectors.Vpc;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Scanning;

/// <summary>Every collector the product has: a discovery scans each of them in every scope it applies to.</summary>
internal static class Collectors
{
    /// <param name="throttling">One waiting policy for all; the SDK-based collectors take only its back-off. Null: the defaults.</param>
    public static IReadOnlyList<ICollector> All(ThrottlingPolicy? throttling = null)
    {
        var backoff = throttling?.Backoff;
        return
        [
            new Ec2Collector(backoff),
            new VpcCollector(backoff),
            new S3Collector(backoff),
            new RdsCollector(throttling),
            new ElastiCacheCollector(throttling),
            new Elbv2Collector(throttling),
            new LambdaCollector(throttling),
            new EksCollector(throttling),
            new OpenSearchCollector(throttling),
            new MskCollector(throttling),
            new EcrCollector(throttling),
            new CognitoCollector(throttling),
            new CloudFrontCollector(throttling),
            new Route53Collector(throttling),
        ];
    }
}
