using System.Collections.Concurrent;
using Amazon.S3;
using Amazon.S3.Model;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.Throttling;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.S3;

/// <summary>
/// S3 buckets of one account, scanned once (global): ListBuckets (paged by continuation token), then per bucket
/// GetBucketLocation and GetBucketTagging, the latter in the bucket's own region as S3 requires.
/// </summary>
internal sealed class S3Collector(Backoff? backoff = null) : ICollector
{
    // Per-bucket calls run a few at a time: an account can hold thousands of buckets.
    private const int BucketsAtOnce = 8;

    public string Service => "s3";

    public bool IsGlobal => true;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        var calls = new SdkCalls(backoff);
        using var clients = new RegionalClients(access);
        var home = clients.For(access.Region);

        // MaxBuckets asks for the paged form of ListBuckets; without it AWS answers one unpaged list.
        var buckets = await calls.AllPagesAsync(
            (token, c) => home.ListBucketsAsync(new ListBucketsRequest { MaxBuckets = 1000, ContinuationToken = token }, c),
            response => response.Buckets,
            response => response.ContinuationToken,
            cancellation).ConfigureAwait(false);

        var observations = new Observation?[buckets.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, buckets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = BucketsAtOnce, CancellationToken = cancellation },
            async (index, ct) => observations[index] = await DescribeAsync(buckets[index], home, clients, calls, access.Region, ct).ConfigureAwait(false))
            .ConfigureAwait(false);
        return observations.OfType<Observation>().ToList();
    }

    /// <returns>Null when the bucket was deleted between the list and these calls: it is simply not there any more.</returns>
    private static async Task<Observation?> DescribeAsync(
        S3Bucket bucket, IAmazonS3 home, RegionalClients clients, SdkCalls calls, string apiRegion, CancellationToken ct)
    {
        try
        {
            var location = await calls.RunAsync(
                c => home.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = bucket.BucketName }, c), ct).ConfigureAwait(false);
            var region = S3Buckets.Region(location.Location?.Value);
            var tags = await TagsAsync(clients.For(region), bucket.BucketName, calls, ct).ConfigureAwait(false);
            return S3Buckets.Map(bucket, region, tags, apiRegion);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            return null;
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> TagsAsync(IAmazonS3 s3, string bucket, SdkCalls calls, CancellationToken ct)
    {
        try
        {
            var response = await calls.RunAsync(c => s3.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = bucket }, c), ct).ConfigureAwait(false);
            return S3Buckets.Tags(response.TagSet);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchTagSet")
        {
            // S3's way of saying "this bucket has no tags".
            return new Dictionary<string, string>();
        }
    }

    /// <summary>One S3 client per region the buckets live in, made on first use and disposed with the scan.</summary>
    private sealed class RegionalClients(ScopeAccess access) : IDisposable
    {
        private readonly ConcurrentDictionary<string, Lazy<AmazonS3Client>> clients = new(StringComparer.Ordinal);

        public IAmazonS3 For(string region) =>
            clients.GetOrAdd(region, r => new Lazy<AmazonS3Client>(() => SdkClients.S3(access with { Region = r }))).Value;

        public void Dispose()
        {
            foreach (var client in clients.Values.Where(c => c.IsValueCreated))
                client.Value.Dispose();
        }
    }
}
