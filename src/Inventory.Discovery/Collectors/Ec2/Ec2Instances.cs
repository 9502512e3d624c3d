using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Ec2;

/// <summary>EC2 instances: DescribeInstances, every page, terminated ones included (the reconciler counts them as gone).</summary>
internal static class Ec2Instances
{
    public const string ResourceType = "ec2:instance";

    /// <summary>Each DescribeInstances page mapped as soon as it arrives.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<Observation>> PagesAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var pages = calls.PagesAsync(
            (token, c) => ec2.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 1000, NextToken = token }, c),
            response => response.Reservations,
            response => response.NextToken,
            ct);
        await foreach (var reservations in pages.ConfigureAwait(false))
            yield return [.. reservations.SelectMany(reservation => reservation.Instances ?? []).Select(instance => Map(instance, access.Region, access.AccountId))];
    }

    public static Observation Map(Instance instance, string region, string accountId)
    {
        var tags = Tags(instance.Tags);
        var id = instance.InstanceId;
        return new Observation
        {
            Arn = Arns.Ec2Instance(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, id),
            ResourceType = ResourceType,
            State = instance.State?.Name?.Value,
            Tags = tags,
            IpAddresses = Present([instance.PrivateIpAddress, instance.PublicIpAddress, instance.Ipv6Address]),
            DnsNames = Present([instance.PrivateDnsName, instance.PublicDnsName]),
            Attributes = Attributes(Describe(instance)),
            Related =
            [
                .. Related("subnet", instance.SubnetId),
                .. Related("vpc", instance.VpcId),
                .. Related("security-group", (instance.SecurityGroups ?? []).Select(g => g.GroupId)),
                .. Related("volume", (instance.BlockDeviceMappings ?? []).Select(m => m.Ebs?.VolumeId)),
                .. Related("network-interface", (instance.NetworkInterfaces ?? []).Select(n => n.NetworkInterfaceId)),
            ],
        };
    }

    // Attach times, state transition texts and client tokens are left out: they describe an event, not the instance.
    private static object Describe(Instance instance) => new
    {
        instance.InstanceType,
        instance.ImageId,
        LaunchTime = Utc(instance.LaunchTime),
        Placement = instance.Placement is { } placement
            ? new
            {
                placement.AvailabilityZone,
                placement.Tenancy,
                GroupName = Text(placement.GroupName),
                HostId = Text(placement.HostId),
            }
            : null,
        instance.Architecture,
        instance.Platform,
        PlatformDetails = Text(instance.PlatformDetails),
        KeyName = Text(instance.KeyName),
        IamInstanceProfile = instance.IamInstanceProfile?.Arn,
        Monitoring = instance.Monitoring?.State,
        instance.RootDeviceType,
        RootDeviceName = Text(instance.RootDeviceName),
        instance.VirtualizationType,
        instance.Hypervisor,
        instance.InstanceLifecycle,
        instance.EbsOptimized,
        instance.EnaSupport,
        instance.SourceDestCheck,
        BlockDeviceMappings = (instance.BlockDeviceMappings ?? [])
            .Select(m => new { m.DeviceName, m.Ebs?.VolumeId, m.Ebs?.DeleteOnTermination })
            .OrderBy(m => m.DeviceName, StringComparer.Ordinal)
            .ToList(),
        CpuOptions = instance.CpuOptions is { } cpu ? new { cpu.CoreCount, cpu.ThreadsPerCore } : null,
        MetadataOptions = instance.MetadataOptions is { } metadata
            ? new { metadata.HttpTokens, metadata.HttpEndpoint, metadata.HttpPutResponseHopLimit }
            : null,
        StateReason = Text(instance.StateReason?.Code),
    };
}
