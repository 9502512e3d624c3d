using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Ec2;

/// <summary>Elastic network interfaces: DescribeNetworkInterfaces, every page.</summary>
internal static class Ec2NetworkInterfaces
{
    public const string ResourceType = "ec2:network-interface";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        var interfaces = await calls.AllPagesAsync(
            (token, c) => ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { MaxResults = 1000, NextToken = token }, c),
            response => response.NetworkInterfaces,
            response => response.NextToken,
            ct).ConfigureAwait(false);
        return interfaces.Select(networkInterface => Map(networkInterface, access.Region, access.AccountId));
    }

    public static Observation Map(NetworkInterface networkInterface, string region, string accountId)
    {
        var tags = Tags(networkInterface.TagSet);
        var id = networkInterface.NetworkInterfaceId;
        var privateAddresses = networkInterface.PrivateIpAddresses ?? [];
        return new Observation
        {
            Arn = Arns.NetworkInterface(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, id),
            ResourceType = ResourceType,
            State = networkInterface.Status?.Value,
            Tags = tags,
            IpAddresses = Present(
            [
                networkInterface.PrivateIpAddress,
                networkInterface.Association?.PublicIp,
                .. privateAddresses.SelectMany(p => new[] { p.PrivateIpAddress, p.Association?.PublicIp }),
                .. (networkInterface.Ipv6Addresses ?? []).Select(a => a.Ipv6Address),
            ]),
            DnsNames = Present(
            [
                networkInterface.PrivateDnsName,
                networkInterface.Association?.PublicDnsName,
                .. privateAddresses.SelectMany(p => new[] { p.PrivateDnsName, p.Association?.PublicDnsName }),
            ]),
            Attributes = Attributes(new
            {
                networkInterface.InterfaceType,
                Description = Text(networkInterface.Description),
                networkInterface.MacAddress,
                networkInterface.AvailabilityZone,
                networkInterface.OwnerId,
                networkInterface.RequesterManaged,
                RequesterId = Text(networkInterface.RequesterId),
                networkInterface.SourceDestCheck,
                Attachment = networkInterface.Attachment is { } attachment
                    ? new { attachment.InstanceId, attachment.InstanceOwnerId, attachment.DeviceIndex, attachment.DeleteOnTermination }
                    : null,
            }),
            Related =
            [
                .. Related("subnet", networkInterface.SubnetId),
                .. Related("vpc", networkInterface.VpcId),
                .. Related("security-group", (networkInterface.Groups ?? []).Select(g => g.GroupId)),
                .. Related("instance", networkInterface.Attachment?.InstanceId),
                .. Related("elastic-ip", networkInterface.Association?.AllocationId),
            ],
        };
    }
}
