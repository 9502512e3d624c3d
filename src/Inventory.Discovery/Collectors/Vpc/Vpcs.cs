using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;
using AwsVpc = Amazon.EC2.Model.Vpc;

namespace Inventory.Discovery.Collectors.Vpc;

/// <summary>VPCs: DescribeVpcs, every page.</summary>
internal static class Vpcs
{
    public const string ResourceType = "vpc:vpc";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        var vpcs = await calls.AllPagesAsync(
            (token, c) => ec2.DescribeVpcsAsync(new DescribeVpcsRequest { MaxResults = 1000, NextToken = token }, c),
            response => response.Vpcs,
            response => response.NextToken,
            ct).ConfigureAwait(false);
        return vpcs.Select(vpc => Map(vpc, access.Region, access.AccountId));
    }

    public static Observation Map(AwsVpc vpc, string region, string accountId)
    {
        var tags = Tags(vpc.Tags);
        var id = vpc.VpcId;
        return new Observation
        {
            Arn = Arns.Vpc(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, id),
            ResourceType = ResourceType,
            State = vpc.State?.Value,
            Tags = tags,
            Attributes = Attributes(new
            {
                vpc.CidrBlock,
                CidrBlocks = Present((vpc.CidrBlockAssociationSet ?? []).Select(a => a.CidrBlock)).Order(StringComparer.Ordinal).ToList(),
                Ipv6CidrBlocks = Present((vpc.Ipv6CidrBlockAssociationSet ?? []).Select(a => a.Ipv6CidrBlock)).Order(StringComparer.Ordinal).ToList(),
                DhcpOptionsId = Text(vpc.DhcpOptionsId),
                vpc.InstanceTenancy,
                vpc.IsDefault,
                vpc.OwnerId,
            }),
        };
    }
}
