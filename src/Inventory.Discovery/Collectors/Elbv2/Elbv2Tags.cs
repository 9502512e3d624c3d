using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.Elbv2;

/// <summary>Tags of load balancers and target groups alike, through DescribeTags.</summary>
internal static class Elbv2Tags
{
    // DescribeTags takes at most 20 resources a call.
    private const int ArnsPerCall = 20;

    // What DescribeTags answers when a resource was deleted after it was listed.
    private static readonly HashSet<string> GoneCodes = new(StringComparer.Ordinal) { "LoadBalancerNotFound", "TargetGroupNotFound" };

    /// <returns>The tags of each ARN; a resource that vanished between the list and the tag call is missing.</returns>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> ReadAsync(
        SignedAwsClient elb, IReadOnlyList<string> arns, CancellationToken ct)
    {
        var tags = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var batch in arns.Chunk(ArnsPerCall))
        {
            if (await TryDescribeAsync(elb, batch, ct).ConfigureAwait(false) is { } result)
            {
                Keep(tags, batch, result);
                continue;
            }
            if (batch.Length == 1)
                continue;
            // One vanished resource fails its whole batch; asked one by one, only that one is missing.
            foreach (var arn in batch)
            {
                if (await TryDescribeAsync(elb, [arn], ct).ConfigureAwait(false) is { } single)
                    Keep(tags, [arn], single);
            }
        }
        return tags;
    }

    private static async Task<XElement?> TryDescribeAsync(SignedAwsClient elb, IEnumerable<string> arns, CancellationToken ct)
    {
        try
        {
            return await elb.QueryAsync("DescribeTags", Elbv2Collector.Version, new QueryParameters().AddList("ResourceArns", arns), ct).ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (GoneCodes.Contains(e.ErrorCode))
        {
            return null;
        }
    }

    // Every ARN asked for gets an entry, tagged or not, so only vanished resources are missing.
    private static void Keep(Dictionary<string, IReadOnlyDictionary<string, string>> tags, IEnumerable<string> asked, XElement result)
    {
        var described = result.All("TagDescriptions", "member")
            .Where(d => d.Text("ResourceArn") is not null)
            .ToDictionary(d => d.Text("ResourceArn")!, Elbv2Xml.Tags, StringComparer.Ordinal);
        foreach (var arn in asked)
            tags[arn] = described.GetValueOrDefault(arn) ?? new Dictionary<string, string>();
    }
}
