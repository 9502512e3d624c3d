using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.OpenSearch;

/// <summary>
/// OpenSearch Service (REST-JSON, signing name "es"): ListDomainNames (unpaged, as AWS answers it), DescribeDomains
/// (a POST of at most five names) and ListTags, answered from the region's <see cref="OpenSearchEstate"/>.
/// </summary>
public sealed class OpenSearchStubService : IStubService
{
    // AWS leaves absent members out of REST-JSON answers rather than sending null.
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string SigningName => "es";

    public StubProtocol Protocol => StubProtocol.RestJson;

    public string ActionOf(StubRequest request) => (request.Method, request.Path.TrimEnd('/')) switch
    {
        ("GET", "/2021-01-01/domain") => "ListDomainNames",
        ("POST", "/2021-01-01/opensearch/domain-info") => "DescribeDomains",
        ("GET", "/2021-01-01/tags") => "ListTags",
        var (method, _) => $"{method} {request.Path}",
    };

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        var estate = request.Account.Region(request.Region).OpenSearch();
        return request.Action switch
        {
            "ListDomainNames" => AnswerAsync(request, http, new
            {
                DomainNames = estate.Domains.Select(d => new { DomainName = d.Name, EngineType = "OpenSearch" }),
            }),
            "DescribeDomains" => DescribeDomainsAsync(request, http, estate),
            "ListTags" => ListTagsAsync(request, http, estate),
            _ => throw new StubAwsException("UnknownOperationException", $"The stub OpenSearch does not implement {request.Action}.", 404),
        };
    }

    private static Task DescribeDomainsAsync(StubRequest request, HttpContext http, OpenSearchEstate estate)
    {
        var body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : System.Text.Encoding.UTF8.GetString(request.Body));
        var names = (body?["DomainNames"] as JsonArray)?.Select(n => (string?)n).ToList()
                    ?? throw new StubAwsException("ValidationException", "1 validation error detected: Value null at 'domainNames' failed to satisfy constraint: Member must not be null");
        if (names.Count is 0 or > 5)
            throw new StubAwsException("ValidationException", $"1 validation error detected: Value '{names.Count}' names at 'domainNames' failed to satisfy constraint: Member must have length between 1 and 5");
        // Names of domains that do not exist are left out of the answer.
        var statuses = names.Select(name => estate.Domains.FirstOrDefault(d => d.Name == name)).OfType<StubDomain>();
        return AnswerAsync(request, http, new { DomainStatusList = statuses.Select(d => d.ToJson(request.Account.AccountId, request.Region)) });
    }

    private static Task ListTagsAsync(StubRequest request, HttpContext http, OpenSearchEstate estate)
    {
        var arn = request.Query.GetValueOrDefault("arn")
                  ?? throw new StubAwsException("ValidationException", "1 validation error detected: Value null at 'arn' failed to satisfy constraint: Member must not be null");
        // OpenSearch answers an unknown domain with ResourceNotFoundException and status 409.
        var domain = estate.Domains.FirstOrDefault(d => d.Arn(request.Account.AccountId, request.Region) == arn)
                     ?? throw new StubAwsException("ResourceNotFoundException", $"Domain not found: {arn}", 409);
        return AnswerAsync(request, http, new { TagList = domain.Tags.Select(t => new { t.Key, t.Value }) });
    }

    private static async Task AnswerAsync(StubRequest request, HttpContext http, object answer)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        await http.Response.WriteAsync(JsonSerializer.Serialize(answer, Json));
    }
}
