using Inventory.Discovery.Collectors.CloudFront;

namespace Inventory.Discovery.Tests.Collectors.CloudFront;

/// <summary>Which origin DNS names are S3 buckets or load balancers, so distributions link to them.</summary>
public sealed class OriginTargetsTests
{
    [Theory]
    [InlineData("media.s3.amazonaws.com", "media")]
    [InlineData("media.s3.eu-west-1.amazonaws.com", "media")]
    [InlineData("media.s3-eu-west-1.amazonaws.com", "media")]
    [InlineData("media.s3.dualstack.eu-west-1.amazonaws.com", "media")]
    [InlineData("site.example.com.s3-website-eu-west-1.amazonaws.com", "site.example.com")]
    [InlineData("site.s3-website.eu-central-1.amazonaws.com", "site")]
    [InlineData("logs.s3.s3.amazonaws.com", "logs.s3")]
    [InlineData("media.s3.cn-north-1.amazonaws.com.cn", "media")]
    [InlineData("Media.S3.amazonaws.com.", "media")]
    [InlineData("origin.example.com", null)]
    [InlineData("s3.amazonaws.com", null)]
    [InlineData("web-alb-1.eu-west-1.elb.amazonaws.com", null)]
    [InlineData(null, null)]
    public void An_s3_endpoint_names_its_bucket(string? domainName, string? bucket) =>
        Assert.Equal(bucket, OriginTargets.Bucket(domainName));

    [Theory]
    [InlineData("web-alb-123456.eu-west-1.elb.amazonaws.com", "web-alb-123456.eu-west-1.elb.amazonaws.com")]
    [InlineData("dualstack.web-alb-123456.eu-west-1.elb.amazonaws.com", "web-alb-123456.eu-west-1.elb.amazonaws.com")]
    [InlineData("internal-api-99.eu-west-1.elb.amazonaws.com", "internal-api-99.eu-west-1.elb.amazonaws.com")]
    [InlineData("net-lb-0123456789abcdef.elb.eu-west-1.amazonaws.com", "net-lb-0123456789abcdef.elb.eu-west-1.amazonaws.com")]
    [InlineData("web-1.cn-north-1.elb.amazonaws.com.cn", "web-1.cn-north-1.elb.amazonaws.com.cn")]
    [InlineData("media.s3.amazonaws.com", null)]
    [InlineData("elb.example.com", null)]
    [InlineData(null, null)]
    public void A_load_balancer_dns_name_is_recognised_without_dualstack(string? domainName, string? loadBalancer) =>
        Assert.Equal(loadBalancer, OriginTargets.LoadBalancerDns(domainName));
}
