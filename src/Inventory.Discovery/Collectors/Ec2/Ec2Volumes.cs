using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Ec2;

/// <summary>EBS volumes: DescribeVolumes, every page.</summary>
internal static class Ec2Volumes
{
    public const string ResourceType = "ec2:volume";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        // DescribeVolumes accepts at most 500 per page.
        var volumes = await calls.AllPagesAsync(
            (token, c) => ec2.DescribeVolumesAsync(new DescribeVolumesRequest { MaxResults = 500, NextToken = token }, c),
            response => response.Volumes,
            response => response.NextToken,
            ct).ConfigureAwait(false);
        return volumes.Select(volume => Map(volume, access.Region, access.AccountId));
    }

    public static Observation Map(Volume volume, string region, string accountId)
    {
        var tags = Tags(volume.Tags);
        var id = volume.VolumeId;
        var attachments = volume.Attachments ?? [];
        return new Observation
        {
            Arn = Text(volume.VolumeArn) ?? Arns.EbsVolume(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, id),
            ResourceType = ResourceType,
            State = volume.State?.Value,
            Tags = tags,
            Attributes = Attributes(new
            {
                volume.Size,
                volume.VolumeType,
                volume.Iops,
                volume.Throughput,
                volume.Encrypted,
                KmsKeyId = Text(volume.KmsKeyId),
                volume.AvailabilityZone,
                SnapshotId = Text(volume.SnapshotId),
                CreateTime = Utc(volume.CreateTime),
                volume.MultiAttachEnabled,
                Attachments = attachments
                    .Select(a => new { a.InstanceId, a.Device, a.State, a.DeleteOnTermination })
                    .OrderBy(a => a.InstanceId, StringComparer.Ordinal)
                    .ToList(),
            }),
            Related = [.. Related("instance", attachments.Select(a => a.InstanceId))],
        };
    }
}
