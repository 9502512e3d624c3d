using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.OpenSearch;

/// <summary>The OpenSearch calls; DescribeDomains is a REST-JSON POST, which <see cref="RestJsonProtocol"/> (GET only) does not offer.</summary>
internal static class OpenSearchApi
{
    /// <summary>The most names DescribeDomains takes in one call.</summary>
    public const int DescribeBatch = 5;

    /// <summary>ListDomainNames answers every domain at once; it takes no page token.</summary>
    public static async Task<IReadOnlyList<string>> ListDomainNamesAsync(SignedAwsClient openSearch, CancellationToken ct)
    {
        var answer = await openSearch.RestJsonAsync("/2021-01-01/domain", null, ct).ConfigureAwait(false);
        return answer.ArrayAt("DomainNames").Select(domain => domain.StringAt("DomainName")).OfType<string>().ToList();
    }

    /// <summary>The DomainStatus of each named domain that still exists (at most <see cref="DescribeBatch"/> names).</summary>
    public static async Task<IReadOnlyList<JsonElement>> DescribeDomainsAsync(SignedAwsClient openSearch, IReadOnlyList<string> names, CancellationToken ct)
    {
        var body = new JsonObject { ["DomainNames"] = new JsonArray([.. names.Select(name => (JsonNode)JsonValue.Create(name))]) }.ToJsonString();
        var answer = await openSearch.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, openSearch.Endpoint.UriFor("/2021-01-01/opensearch/domain-info"))
            {
                // Set explicitly: StringContent would append "; charset=utf-8".
                Content = new StringContent(body, Encoding.UTF8) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            },
            response => AwsJson.Parse(response.Body),
            AwsJson.Error,
            ct).ConfigureAwait(false);
        return answer.ArrayAt("DomainStatusList").ToList();
    }

    /// <summary>The domain's TagList; null when the domain was deleted after it was described.</summary>
    public static async Task<IReadOnlyList<JsonElement>?> ListTagsAsync(SignedAwsClient openSearch, string arn, CancellationToken ct)
    {
        try
        {
            var answer = await openSearch.RestJsonAsync("/2021-01-01/tags/", new QueryParameters().Add("arn", arn), ct).ConfigureAwait(false);
            return answer.ArrayAt("TagList").ToList();
        }
        catch (AwsServiceException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            return null;
        }
    }
}
