using System.Xml.Linq;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Elbv2;

/// <summary>
/// Elastic Load Balancing v2 in one region over the query API (version 2015-12-01, signed as "elasticloadbalancing"):
/// DescribeLoadBalancers and DescribeTargetGroups paged by Marker/NextMarker, DescribeTargetHealth per target group,
/// and DescribeTags for both, twenty resources a call.
/// </summary>
internal sealed class Elbv2Collector(ThrottlingPolicy? throttling = null) : ICollector
{
    public const string Version = "2015-12-01";

    // ELBv2's largest page (1 to 400 are allowed): the fewer calls, the less throttling.
    private const string PageSize = "400";

    public string Service => "elbv2";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var elb = new SignedAwsClient(access, SigningNames.ElasticLoadBalancingV2, throttling);
        var loadBalancers = await ListAsync(elb, "DescribeLoadBalancers", "LoadBalancers", cancellation).ConfigureAwait(false);
        var listedGroups = await ListAsync(elb, "DescribeTargetGroups", "TargetGroups", cancellation).ConfigureAwait(false);
        var targets = await Elbv2Targets.ReadAsync(elb, [.. listedGroups.Select(Elbv2TargetGroups.Arn).OfType<string>()], cancellation).ConfigureAwait(false);
        var targetGroups = listedGroups.Where(g => Elbv2TargetGroups.Arn(g) is { } arn && targets.ContainsKey(arn)).ToList();
        var tags = await Elbv2Tags.ReadAsync(
            elb,
            [.. loadBalancers.Select(Elbv2LoadBalancers.Arn).OfType<string>(), .. targetGroups.Select(Elbv2TargetGroups.Arn).OfType<string>()],
            cancellation).ConfigureAwait(false);

        var observations = new List<Observation>();
        foreach (var loadBalancer in loadBalancers)
        {
            if (Elbv2LoadBalancers.Arn(loadBalancer) is not { } arn || !tags.TryGetValue(arn, out var loadBalancerTags))
                continue;
            var forwarding = targetGroups.Where(g => Elbv2TargetGroups.LoadBalancerArns(g).Contains(arn)).Select(Elbv2TargetGroups.Arn).OfType<string>().ToList();
            observations.Add(Elbv2LoadBalancers.Map(loadBalancer, loadBalancerTags, forwarding, forwarding.SelectMany(g => targets[g])));
        }
        foreach (var targetGroup in targetGroups)
        {
            var arn = Elbv2TargetGroups.Arn(targetGroup)!;
            if (tags.TryGetValue(arn, out var groupTags))
                observations.Add(Elbv2TargetGroups.Map(targetGroup, groupTags, targets[arn]));
        }
        return observations;
    }

    private static async Task<List<XElement>> ListAsync(SignedAwsClient elb, string action, string list, CancellationToken ct)
    {
        var items = new List<XElement>();
        var parameters = new QueryParameters().Add("PageSize", PageSize);
        await foreach (var page in elb.QueryPagesAsync(action, Version, parameters, PageToken.MarkerNextMarker, ct).ConfigureAwait(false))
            items.AddRange(page.All(list, "member"));
        return items;
    }
}
