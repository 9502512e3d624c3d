using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Vpc;

/// <summary>Route tables with routes and subnet associations: DescribeRouteTables, every page.</summary>
internal static class RouteTables
{
    public const string ResourceType = "vpc:route-table";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        // DescribeRouteTables accepts at most 100 per page.
        var tables = await calls.AllPagesAsync(
            (token, c) => ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { MaxResults = 100, NextToken = token }, c),
            response => response.RouteTables,
            response => response.NextToken,
            ct).ConfigureAwait(false);
        return tables.Select(table => Map(table, access.Region, access.AccountId));
    }

    public static Observation Map(RouteTable table, string region, string accountId)
    {
        var tags = Tags(table.Tags);
        var id = table.RouteTableId;
        var routes = table.Routes ?? [];
        var associations = table.Associations ?? [];
        return new Observation
        {
            Arn = Arns.RouteTable(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, id),
            ResourceType = ResourceType,
            Tags = tags,
            Attributes = Attributes(new
            {
                Main = associations.Any(a => a.Main == true),
                table.OwnerId,
                Routes = routes
                    .Select(r => new
                    {
                        Destination = Text(r.DestinationCidrBlock) ?? Text(r.DestinationIpv6CidrBlock) ?? Text(r.DestinationPrefixListId),
                        Target = Target(r),
                        r.State,
                        r.Origin,
                    })
                    .OrderBy(r => r.Destination, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal)
                    .ToList(),
                AssociatedSubnets = Present(associations.Select(a => a.SubnetId)).Order(StringComparer.Ordinal).ToList(),
                PropagatingVgws = Present((table.PropagatingVgws ?? []).Select(v => v.GatewayId)).Order(StringComparer.Ordinal).ToList(),
            }),
            Related =
            [
                .. Related("vpc", table.VpcId),
                .. Related("subnet", associations.Select(a => a.SubnetId)),
                .. Related("internet-gateway", routes.Select(r => r.GatewayId).Where(g => g?.StartsWith("igw-", StringComparison.Ordinal) == true)),
                .. Related("nat-gateway", routes.Select(r => r.NatGatewayId)),
            ],
        };
    }

    /// <summary>Where a route sends traffic: exactly one of these is set per route.</summary>
    private static string? Target(Route route) =>
        Text(route.GatewayId) ?? Text(route.NatGatewayId) ?? Text(route.TransitGatewayId) ?? Text(route.VpcPeeringConnectionId)
        ?? Text(route.NetworkInterfaceId) ?? Text(route.InstanceId) ?? Text(route.EgressOnlyInternetGatewayId)
        ?? Text(route.CarrierGatewayId) ?? Text(route.LocalGatewayId) ?? Text(route.CoreNetworkArn);
}
