using Inventory.Discovery.Access;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class AwsServiceEndpointTests
{
    [Theory]
    [InlineData("rds", "eu-west-1", "https://rds.eu-west-1.amazonaws.com/", "eu-west-1")]
    [InlineData("elasticache", "eu-west-1", "https://elasticache.eu-west-1.amazonaws.com/", "eu-west-1")]
    [InlineData("elasticloadbalancing", "us-west-2", "https://elasticloadbalancing.us-west-2.amazonaws.com/", "us-west-2")]
    [InlineData("cloudfront", "eu-west-1", "https://cloudfront.amazonaws.com/", "us-east-1")]
    [InlineData("route53", "ap-south-1", "https://route53.amazonaws.com/", "us-east-1")]
    [InlineData("lambda", "eu-central-1", "https://lambda.eu-central-1.amazonaws.com/", "eu-central-1")]
    [InlineData("eks", "eu-central-1", "https://eks.eu-central-1.amazonaws.com/", "eu-central-1")]
    [InlineData("es", "eu-central-1", "https://es.eu-central-1.amazonaws.com/", "eu-central-1")]
    [InlineData("kafka", "eu-central-1", "https://kafka.eu-central-1.amazonaws.com/", "eu-central-1")]
    [InlineData("ecr", "eu-central-1", "https://api.ecr.eu-central-1.amazonaws.com/", "eu-central-1")]
    [InlineData("cognito-idp", "eu-central-1", "https://cognito-idp.eu-central-1.amazonaws.com/", "eu-central-1")]
    [InlineData("ce", "eu-central-1", "https://ce.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("organizations", "eu-central-1", "https://organizations.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("rds", "global", "https://rds.global.amazonaws.com/", "global")]
    [InlineData("cloudfront", "global", "https://cloudfront.amazonaws.com/", "us-east-1")]
    public void Without_an_override_each_service_resolves_to_its_aws_hostname(string signingName, string region, string url, string signingRegion)
    {
        var endpoint = AwsServiceEndpoint.Resolve(signingName, region, AwsEndpoints.Aws);

        Assert.Equal(new AwsServiceEndpoint(new Uri(url), signingName, signingRegion), endpoint);
    }

    [Theory]
    [InlineData("rds", "cn-north-1", "https://rds.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
    [InlineData("ecr", "cn-northwest-1", "https://api.ecr.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1")]
    [InlineData("cloudfront", "cn-north-1", "https://cloudfront.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1")]
    [InlineData("route53", "cn-north-1", "https://route53.amazonaws.com.cn/", "cn-northwest-1")]
    [InlineData("ce", "cn-north-1", "https://ce.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1")]
    [InlineData("organizations", "cn-north-1", "https://organizations.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1")]
    public void China_regions_use_the_china_domain_and_home_region(string signingName, string region, string url, string signingRegion)
    {
        var endpoint = AwsServiceEndpoint.Resolve(signingName, region, AwsEndpoints.Aws);

        Assert.Equal(new AwsServiceEndpoint(new Uri(url), signingName, signingRegion), endpoint);
    }

    [Fact]
    public void One_override_for_all_services_replaces_the_host_but_not_the_signing_scope()
    {
        var endpoints = new AwsEndpoints(All: "http://127.0.0.1:4566");

        Assert.Equal(new AwsServiceEndpoint(new Uri("http://127.0.0.1:4566"), "lambda", "eu-west-1"), AwsServiceEndpoint.Resolve("lambda", "eu-west-1", endpoints));
        Assert.Equal(new AwsServiceEndpoint(new Uri("http://127.0.0.1:4566"), "cloudfront", "us-east-1"), AwsServiceEndpoint.Resolve("cloudfront", "eu-west-1", endpoints));
    }

    [Fact]
    public void A_per_service_override_is_keyed_by_signing_name_and_wins_over_the_global_one()
    {
        var endpoints = new AwsEndpoints(All: "http://127.0.0.1:4566", PerService: new Dictionary<string, string> { ["es"] = "http://localhost:9200/aws/" });

        Assert.Equal(new Uri("http://localhost:9200/aws/"), AwsServiceEndpoint.Resolve("es", "eu-west-1", endpoints).Url);
        Assert.Equal(new Uri("http://127.0.0.1:4566"), AwsServiceEndpoint.Resolve("eks", "eu-west-1", endpoints).Url);
        Assert.Equal(new Uri("https://eks.eu-west-1.amazonaws.com/"), AwsServiceEndpoint.Resolve("eks", "eu-west-1", endpoints with { All = null }).Url);
    }

    [Fact]
    public void Api_paths_go_below_any_path_the_override_carries()
    {
        var endpoint = AwsServiceEndpoint.Resolve("es", "eu-west-1", new AwsEndpoints(All: "http://localhost:9200/aws/"));

        Assert.Equal("http://localhost:9200/aws/2021-01-01/domain?engineType=OpenSearch", endpoint.UriFor("/2021-01-01/domain", new QueryParameters().Add("engineType", "OpenSearch")).AbsoluteUri);
        Assert.Equal("http://localhost:9200/aws/", endpoint.UriFor("/").AbsoluteUri);
    }

    [Theory]
    [InlineData("", "eu-west-1")]
    [InlineData("rds", "")]
    [InlineData(" ", "eu-west-1")]
    public void A_blank_service_or_region_is_refused(string signingName, string region)
    {
        Assert.Throws<ArgumentException>(() => AwsServiceEndpoint.Resolve(signingName, region, AwsEndpoints.Aws));
    }
}
