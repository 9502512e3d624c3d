using System.Collections.Concurrent;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.Elbv2;

/// <summary>The registered targets of each target group: one DescribeTargetHealth per group, as the API takes one group.</summary>
internal static class Elbv2Targets
{
    // A few calls at a time: an account can hold hundreds of target groups, and ELB throttles bursts.
    private const int CallsAtOnce = 4;

    /// <returns>The target ids of each group; a group deleted between the list and its call is missing.</returns>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string?>>> ReadAsync(
        SignedAwsClient elb, IReadOnlyList<string> targetGroupArns, CancellationToken ct)
    {
        var targets = new ConcurrentDictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            targetGroupArns,
            new ParallelOptions { MaxDegreeOfParallelism = CallsAtOnce, CancellationToken = ct },
            async (arn, callCt) =>
            {
                try
                {
                    var result = await elb.QueryAsync(
                        "DescribeTargetHealth", Elbv2Collector.Version, new QueryParameters().Add("TargetGroupArn", arn), callCt).ConfigureAwait(false);
                    targets[arn] = [.. result.Texts("TargetHealthDescriptions", "member", "Target", "Id")];
                }
                catch (AwsServiceException e) when (e.ErrorCode == "TargetGroupNotFound")
                {
                    // Gone since it was listed: the next scan will not list it either.
                }
            }).ConfigureAwait(false);
        return targets;
    }
}
