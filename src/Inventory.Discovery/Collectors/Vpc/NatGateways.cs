using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Vpc;

/// <summary>NAT gateways: DescribeNatGateways, every page; deleted ones stay listed for a while and count as gone.</summary>
internal static class NatGateways
{
    public const string ResourceType = "vpc:nat-gateway";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        var gateways = await calls.AllPagesAsync(
            (token, c) => ec2.DescribeNatGatewaysAsync(new DescribeNatGatewaysRequest { MaxResults = 1000, NextToken = token }, c),
            response => response.NatGateways,
            response => response.NextToken,
            ct).ConfigureAwait(false);
        return gateways.Select(gateway => Map(gateway, access.Region, access.AccountId));
    }

    public static Observation Map(NatGateway gateway, string region, string accountId)
    {
        var tags = Tags(gateway.Tags);
        var id = gateway.NatGatewayId;
        var addresses = gateway.NatGatewayAddresses ?? [];
        return new Observation
        {
            Arn = Arns.NatGateway(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, id),
            ResourceType = ResourceType,
            State = gateway.State?.Value,
            Tags = tags,
            IpAddresses = Present(addresses.SelectMany(a => new[] { a.PrivateIp, a.PublicIp })),
            Attributes = Attributes(new
            {
                gateway.ConnectivityType,
                CreateTime = Utc(gateway.CreateTime),
                FailureCode = Text(gateway.FailureCode),
                Addresses = addresses
                    .Select(a => new { a.AllocationId, a.NetworkInterfaceId, a.PrivateIp, a.PublicIp, a.IsPrimary })
                    .OrderBy(a => a.PrivateIp, StringComparer.Ordinal)
                    .ToList(),
            }),
            Related =
            [
                .. Related("vpc", gateway.VpcId),
                .. Related("subnet", gateway.SubnetId),
                .. Related("network-interface", addresses.Select(a => a.NetworkInterfaceId)),
                .. Related("elastic-ip", addresses.Select(a => a.AllocationId)),
            ],
        };
    }
}
