using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.Route53;

/// <summary>Every record set of one zone: ListResourceRecordSets, paged by the name, type and set identifier of the next record.</summary>
internal static class RecordSets
{
    public static async Task<IReadOnlyList<XElement>> ReadAllAsync(SignedAwsClient client, string zoneId, CancellationToken ct)
    {
        var path = $"/2013-04-01/hostedzone/{Uri.EscapeDataString(zoneId)}/rrset";
        var records = new List<XElement>();
        var pages = AwsPages.ReadAllAsync(
            (token, pageCt) => client.RestXmlAsync(path, RecordSetPosition.FromToken(token).Query(), pageCt),
            page => RecordSetPosition.Next(page)?.ToToken(),
            ct);
        await foreach (var page in pages.ConfigureAwait(false))
            records.AddRange(page.All("ResourceRecordSets", "ResourceRecordSet"));
        return records;
    }
}
