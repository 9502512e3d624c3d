using System.Xml.Linq;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Route53;

/// <summary>
/// Route 53 hosted zones of one account, scanned once (global) over REST-XML 2013-04-01: ListHostedZones
/// (every page, marker/NextMarker while IsTruncated), then per zone ListTagsForResource and ListResourceRecordSets (every page).
/// </summary>
internal sealed class Route53Collector(ThrottlingPolicy? throttling = null) : ICollector
{
    // Route 53 spells the request parameter in lower case and the answer's element in Pascal case.
    private static readonly PageToken ZoneMarker = new("marker", "NextMarker");

    public string Service => "route53";

    public bool IsGlobal => true;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var client = new SignedAwsClient(access, SigningNames.Route53, throttling);
        // 100 is the most ListHostedZones answers per page.
        var query = new QueryParameters().Add("maxitems", "100");
        var observations = new List<Observation>();
        await foreach (var page in client.RestXmlPagesAsync("/2013-04-01/hostedzone", query, ZoneMarker, cancellation).ConfigureAwait(false))
        {
            // One zone at a time: Route 53 allows five requests per second per account.
            foreach (var zone in page.All("HostedZones", "HostedZone"))
            {
                if (await DescribeAsync(client, zone, access.Region, cancellation).ConfigureAwait(false) is { } observation)
                    observations.Add(observation);
            }
        }
        return observations;
    }

    /// <returns>Null when the zone was deleted between the list and these calls: it is simply not there any more.</returns>
    private static async Task<Observation?> DescribeAsync(SignedAwsClient client, XElement zone, string region, CancellationToken ct)
    {
        var id = HostedZones.Id(zone);
        try
        {
            var tags = await client.RestXmlAsync($"/2013-04-01/tags/hostedzone/{Uri.EscapeDataString(id)}", null, ct).ConfigureAwait(false);
            var records = await RecordSets.ReadAllAsync(client, id, ct).ConfigureAwait(false);
            return HostedZones.Map(zone, HostedZones.Tags(tags), records, region);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "NoSuchHostedZone")
        {
            return null;
        }
    }
}
