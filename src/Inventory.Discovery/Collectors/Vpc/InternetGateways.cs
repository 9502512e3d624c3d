using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Vpc;

/// <summary>Internet gateways: DescribeInternetGateways, every page.</summary>
internal static class InternetGateways
{
    public const string ResourceType = "vpc:internet-gateway";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        var gateways = await calls.AllPagesAsync(
            (token, c) => ec2.DescribeInternetGatewaysAsync(new DescribeInternetGatewaysRequest { MaxResults = 1000, NextToken = token }, c),
            response => response.InternetGateways,
            response => response.NextToken,
            ct).ConfigureAwait(false);
        return gateways.Select(gateway => Map(gateway, access.Region, access.AccountId));
    }

    // The API has no gateway state; like the console, a gateway is "attached" to a VPC or "detached".
    public static Observation Map(InternetGateway gateway, string region, string accountId)
    {
        var tags = Tags(gateway.Tags);
        var id = gateway.InternetGatewayId;
        var attachments = gateway.Attachments ?? [];
        return new Observation
        {
            Arn = Arns.InternetGateway(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, id),
            ResourceType = ResourceType,
            State = attachments.Count > 0 ? "attached" : "detached",
            Tags = tags,
            Attributes = Attributes(new
            {
                gateway.OwnerId,
                Attachments = attachments
                    .Select(a => new { a.VpcId, a.State })
                    .OrderBy(a => a.VpcId, StringComparer.Ordinal)
                    .ToList(),
            }),
            Related = [.. Related("vpc", attachments.Select(a => a.VpcId))],
        };
    }
}
