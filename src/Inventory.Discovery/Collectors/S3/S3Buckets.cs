using System.Globalization;
using System.Text.Json;
using Amazon.S3.Model;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.S3;

/// <summary>Turns a listed bucket, its region and its tags into an observation; no I/O.</summary>
internal static class S3Buckets
{
    public const string ResourceType = "s3:bucket";

    /// <summary>
    /// GetBucketLocation answers an empty constraint for us-east-1 and the legacy "EU" for eu-west-1;
    /// every other region comes back as its own name.
    /// </summary>
    public static string Region(string? locationConstraint) => locationConstraint switch
    {
        null or "" or "US" => "us-east-1",
        "EU" => "eu-west-1",
        _ => locationConstraint,
    };

    /// <param name="bucketRegion">Where the bucket lives, from <see cref="Region"/>.</param>
    /// <param name="apiRegion">The region the scope's S3 API was called in; it only picks the ARN's partition.</param>
    public static Observation Map(S3Bucket bucket, string bucketRegion, IReadOnlyDictionary<string, string> tags, string apiRegion)
    {
        var name = bucket.BucketName;
        return new Observation
        {
            Arn = Arns.S3Bucket(name, apiRegion),
            ResourceId = name,
            Name = tags.TryGetValue("Name", out var tagName) && !string.IsNullOrWhiteSpace(tagName) ? tagName : name,
            ResourceType = ResourceType,
            Tags = tags,
            Attributes = JsonSerializer.SerializeToElement(new Dictionary<string, string?>
            {
                ["Region"] = bucketRegion,
                ["CreationDate"] = Utc(bucket.CreationDate),
            }),
        };
    }

    public static IReadOnlyDictionary<string, string> Tags(IEnumerable<Tag>? tagSet)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tagSet ?? [])
        {
            if (!string.IsNullOrEmpty(tag.Key))
                tags[tag.Key] = tag.Value ?? "";
        }
        return tags;
    }

    private static string? Utc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => Format(local.ToUniversalTime()),
        { } time => Format(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
    };

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
