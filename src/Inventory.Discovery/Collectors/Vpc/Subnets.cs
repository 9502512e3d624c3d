using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Vpc;

/// <summary>Subnets: DescribeSubnets, every page.</summary>
internal static class Subnets
{
    public const string ResourceType = "vpc:subnet";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        var subnets = await calls.AllPagesAsync(
            (token, c) => ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { MaxResults = 1000, NextToken = token }, c),
            response => response.Subnets,
            response => response.NextToken,
            ct).ConfigureAwait(false);
        return subnets.Select(subnet => Map(subnet, access.Region, access.AccountId));
    }

    // AvailableIpAddressCount is left out: it moves with every interface created in the subnet.
    public static Observation Map(Subnet subnet, string region, string accountId)
    {
        var tags = Tags(subnet.Tags);
        var id = subnet.SubnetId;
        return new Observation
        {
            Arn = Text(subnet.SubnetArn) ?? Arns.Subnet(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, id),
            ResourceType = ResourceType,
            State = subnet.State?.Value,
            Tags = tags,
            Attributes = Attributes(new
            {
                subnet.CidrBlock,
                Ipv6CidrBlocks = Present((subnet.Ipv6CidrBlockAssociationSet ?? []).Select(a => a.Ipv6CidrBlock)).Order(StringComparer.Ordinal).ToList(),
                subnet.AvailabilityZone,
                AvailabilityZoneId = Text(subnet.AvailabilityZoneId),
                subnet.DefaultForAz,
                subnet.MapPublicIpOnLaunch,
                subnet.AssignIpv6AddressOnCreation,
                subnet.OwnerId,
            }),
            Related = [.. Related("vpc", subnet.VpcId)],
        };
    }
}
