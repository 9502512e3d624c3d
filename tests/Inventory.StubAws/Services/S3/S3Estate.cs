using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.S3;

/// <summary>An account's buckets; S3 lists them globally, each lives in one region.</summary>
public sealed class S3Estate
{
    public List<StubBucket> Buckets { get; } = [];
}

public sealed class StubBucket(string name)
{
    public string Name { get; } = name;
    public string Region { get; set; } = "us-east-1";
    public DateTime CreationDate { get; set; } = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    /// <summary>Null: the bucket has no tag set, and GetBucketTagging answers NoSuchTagSet as S3 does.</summary>
    public Dictionary<string, string>? Tags { get; set; }
}

public static class S3EstateExtensions
{
    public static S3Estate S3(this StubAccount account) => account.Global<S3Estate>();
}
