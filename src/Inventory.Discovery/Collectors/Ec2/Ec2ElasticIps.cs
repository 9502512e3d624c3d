using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Ec2;

/// <summary>Elastic IP addresses: DescribeAddresses, which answers everything in one page (it takes no page token).</summary>
internal static class Ec2ElasticIps
{
    public const string ResourceType = "ec2:elastic-ip";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        var response = await calls.RunAsync(c => ec2.DescribeAddressesAsync(new DescribeAddressesRequest(), c), ct).ConfigureAwait(false);
        return (response.Addresses ?? []).Select(address => Map(address, access.Region, access.AccountId));
    }

    public static Observation Map(Address address, string region, string accountId)
    {
        var tags = Tags(address.Tags);
        // Every VPC address has an allocation id; the public IP stands in for the odd one without (EC2-Classic leftovers).
        var allocationId = Text(address.AllocationId);
        return new Observation
        {
            Arn = allocationId is null ? null : Arns.ElasticIp(region, accountId, allocationId),
            ResourceId = allocationId ?? address.PublicIp,
            Name = NameOr(tags, address.PublicIp ?? allocationId ?? ""),
            ResourceType = ResourceType,
            Tags = tags,
            IpAddresses = Present([address.PublicIp, address.PrivateIpAddress]),
            Attributes = Attributes(new
            {
                address.PublicIp,
                address.Domain,
                PublicIpv4Pool = Text(address.PublicIpv4Pool),
                NetworkBorderGroup = Text(address.NetworkBorderGroup),
                AssociationId = Text(address.AssociationId),
                NetworkInterfaceOwnerId = Text(address.NetworkInterfaceOwnerId),
            }),
            Related =
            [
                .. Related("instance", address.InstanceId),
                .. Related("network-interface", address.NetworkInterfaceId),
            ],
        };
    }
}
