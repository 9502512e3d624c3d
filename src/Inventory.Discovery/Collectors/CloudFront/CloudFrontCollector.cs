using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.CloudFront;

/// <summary>
/// CloudFront distributions of one account, scanned once (global) over REST-XML 2020-05-31:
/// ListDistributions (every page, Marker/NextMarker while IsTruncated), then ListTagsForResource per distribution.
/// </summary>
internal sealed class CloudFrontCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    private const string Api = "/2020-05-31";

    public string Service => "cloudfront";

    public bool IsGlobal => true;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var client = new SignedAwsClient(access, SigningNames.CloudFront, throttling);
        // 100 is both the default and the most ListDistributions answers per page.
        var query = new QueryParameters().Add("MaxItems", "100");
        var observations = new List<Observation>();
        await foreach (var page in client.RestXmlPagesAsync(Api + "/distribution", query, PageToken.MarkerNextMarker, cancellation).ConfigureAwait(false))
        {
            // One at a time: CloudFront's control plane has a low per-account request rate.
            foreach (var summary in page.All("Items", "DistributionSummary"))
            {
                var arn = CloudFrontDistributions.Arn(summary, access.AccountId, access.Region);
                if (await TagsAsync(client, arn, cancellation).ConfigureAwait(false) is { } tags)
                    observations.Add(CloudFrontDistributions.Map(summary, tags, access.AccountId, access.Region));
            }
        }
        return observations;
    }

    /// <returns>Null when the distribution was deleted between the list and this call: it is simply not there any more.</returns>
    private static async Task<IReadOnlyDictionary<string, string>?> TagsAsync(SignedAwsClient client, string arn, CancellationToken ct)
    {
        try
        {
            var tags = await client.RestXmlAsync(Api + "/tagging", new QueryParameters().Add("Resource", arn), ct).ConfigureAwait(false);
            return CloudFrontDistributions.Tags(tags);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "NoSuchResource")
        {
            return null;
        }
    }
}
