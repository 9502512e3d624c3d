using Inventory.Discovery.Collectors.OpenSearch;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.Collectors.OpenSearch;

/// <summary>The OpenSearch mapping on JSON alone, no I/O.</summary>
public sealed class OpenSearchMappingTests
{
    [Fact]
    public void A_bare_domain_status_maps_to_its_id_and_name_and_is_active()
    {
        var domain = OpenSearchDomains.Map(AwsJson.Parse("""{"DomainId":"111111111111/d","DomainName":"d"}"""), new Dictionary<string, string>());

        Assert.Equal(
            new Dictionary<string, string> { ["resource_id"] = "111111111111/d", ["name"] = "d", ["state"] = "active" },
            domain.Described());
    }

    [Fact]
    public void Every_endpoint_is_a_dns_name_and_a_disabled_custom_endpoint_is_not()
    {
        var domain = OpenSearchDomains.Map(AwsJson.Parse("""
            {"DomainName":"d","EndpointV2":"search-d-x.eu-west-1.on.aws",
             "Endpoints":{"vpc":"vpc-d-x.eu-west-1.es.amazonaws.com","vpcv2":"vpc-d-x.eu-west-1.on.aws"},
             "DomainEndpointOptions":{"CustomEndpointEnabled":false,"CustomEndpoint":"old.example.com"}}
            """), new Dictionary<string, string>());

        Assert.Equal(["search-d-x.eu-west-1.on.aws", "vpc-d-x.eu-west-1.es.amazonaws.com", "vpc-d-x.eu-west-1.on.aws"], domain.DnsNames);
    }

    [Fact]
    public void Tags_come_from_the_key_value_list()
    {
        var tags = OpenSearchDomains.Tags(AwsJson.Parse("""{"TagList":[{"Key":"a","Value":"1"},{"Key":"","Value":"x"},{"Key":"b"}]}""").ArrayAt("TagList"));

        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "" }, tags);
    }
}
