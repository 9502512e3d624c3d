using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

/// <summary>An EBS volume, attached to instances by id.</summary>
public sealed class StubVolume(string volumeId)
{
    public string VolumeId { get; } = volumeId;
    public string State { get; set; } = "in-use";
    public int Size { get; set; } = 8;
    public string VolumeType { get; set; } = "gp3";
    public int? Iops { get; set; } = 3000;
    public int? Throughput { get; set; } = 125;
    public bool Encrypted { get; set; }
    public string? KmsKeyId { get; set; }
    public string AvailabilityZone { get; set; } = "eu-west-1a";
    public string? SnapshotId { get; set; }
    public DateTime CreateTime { get; set; } = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    /// <summary>Instance id to device name.</summary>
    public Dictionary<string, string> Attachments { get; } = [];

    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId) =>
    [
        V("volumeId", VolumeId),
        V("size", Size),
        V("snapshotId", SnapshotId ?? ""),
        V("availabilityZone", AvailabilityZone),
        V("status", State),
        V("createTime", CreateTime),
        Items("attachmentSet", Attachments.Select(a => new object?[]
        {
            V("volumeId", VolumeId), V("instanceId", a.Key), V("device", a.Value), V("status", "attached"),
            V("attachTime", CreateTime), V("deleteOnTermination", true),
        })),
        Ec2Xml.Tags(Tags),
        V("volumeType", VolumeType),
        V("iops", Iops),
        V("encrypted", Encrypted),
        V("kmsKeyId", KmsKeyId),
        V("throughput", Throughput),
        V("multiAttachEnabled", false),
    ];
}
