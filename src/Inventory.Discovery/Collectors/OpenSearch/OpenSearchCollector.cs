using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.OpenSearch;

/// <summary>
/// OpenSearch Service domains in one region, over REST-JSON through the signed client (signing name "es").
/// Calls ListDomainNames (GET /2021-01-01/domain), DescribeDomains (POST /2021-01-01/opensearch/domain-info, five names a call)
/// and ListTags (GET /2021-01-01/tags/?arn=) per domain.
/// </summary>
internal sealed class OpenSearchCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    public string Service => "opensearch";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var openSearch = new SignedAwsClient(access, SigningNames.OpenSearch, throttling);
        return await OpenSearchDomains.CollectAsync(openSearch, cancellation).ConfigureAwait(false);
    }
}
