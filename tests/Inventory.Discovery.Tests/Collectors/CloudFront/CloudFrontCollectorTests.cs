using Inventory.Discovery.Collectors.CloudFront;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.CloudFront;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.CloudFront;

/// <summary>The CloudFront collector through the signed client and HTTP against the stub AWS.</summary>
public sealed class CloudFrontCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string ApiRegion = "us-east-1";

    // Retries at once: throttling tests must not sleep.

    private readonly StubAwsServer server;

    public CloudFrontCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private CloudFrontEstate Estate => server.Estate.Account(AccountId).CloudFront();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new CloudFrontCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), ApiRegion), CancellationToken.None);

    private static StubDistribution Website() => new("E1WEBSITE0001")
    {
        DomainName = "d111111abcdef8.cloudfront.net",
        Aliases = { "www.example.com", "example.com" },
        Origins =
        {
            new StubOrigin("s3-media", "media.example.s3.eu-west-1.amazonaws.com", IsS3: true) { OriginAccessControlId = "E2OAC0001" },
            new StubOrigin("alb", "dualstack.web-alb-123456.eu-west-1.elb.amazonaws.com") { OriginPath = "/api" },
        },
        Comment = "public site",
        PriceClass = "PriceClass_100",
        HttpVersion = "http2and3",
        WebAclId = "arn:aws:wafv2:us-east-1:111111111111:global/webacl/site/a1",
        AcmCertificateArn = "arn:aws:acm:us-east-1:111111111111:certificate/c1",
        Tags = { ["Team"] = "web", ["env"] = "prod" },
    };

    private void ArrangeFiveDistributions()
    {
        Estate.Distributions.Add(Website());
        for (var i = 2; i <= 5; i++)
            Estate.Distributions.Add(new StubDistribution($"E{i}DIST") { Origins = { new StubOrigin("o", $"origin{i}.example.net") } });
    }

    [Fact]
    public async Task Every_page_of_distributions_is_read_and_each_distribution_tagged()
    {
        ArrangeFiveDistributions();

        var observations = await Scan();

        Assert.Equal(["E1WEBSITE0001", "E2DIST", "E3DIST", "E4DIST", "E5DIST"], observations.Select(o => o.ResourceId));
        Assert.All(observations, o => Assert.Equal("cloudfront:distribution", o.ResourceType));
        // Two per page: the marker is the last id of the page before.
        var lists = server.RequestsFor("cloudfront", "ListDistributions");
        Assert.Equal([null, "E2DIST", "E4DIST"], lists.Select(r => r.Parameters.GetValueOrDefault("Marker")));
        Assert.All(lists, r => Assert.Equal("100", r.Parameters["MaxItems"]));
        Assert.Equal(
            observations.Select(o => o.Arn),
            server.RequestsFor("cloudfront", "ListTagsForResource").Select(r => r.Parameters["Resource"]));
        Assert.All(server.Requests, r =>
        {
            Assert.Equal(ApiRegion, r.Region);
            Assert.Equal(200, r.Status);
            Assert.Equal("AKIASTUB" + AccountId, r.AccessKeyId);
        });
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task A_distribution_is_mapped_field_by_field()
    {
        Estate.Distributions.Add(Website());

        var distribution = (await Scan()).Single("cloudfront:distribution", "E1WEBSITE0001");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:cloudfront::111111111111:distribution/E1WEBSITE0001",
            ["resource_id"] = "E1WEBSITE0001",
            ["name"] = "www.example.com",
            ["state"] = "Deployed",
            ["tags.Team"] = "web",
            ["tags.env"] = "prod",
            ["dns_names"] = """["d111111abcdef8.cloudfront.net","example.com","www.example.com"]""",
            ["related.origin"] = """["dualstack.web-alb-123456.eu-west-1.elb.amazonaws.com","media.example.s3.eu-west-1.amazonaws.com"]""",
            ["related.bucket"] = """["media.example"]""",
            ["related.load-balancer-dns"] = """["web-alb-123456.eu-west-1.elb.amazonaws.com"]""",
            ["attributes.PriceClass"] = "PriceClass_100",
            ["attributes.HttpVersion"] = "http2and3",
            ["attributes.Comment"] = "public site",
            ["attributes.WebACLId"] = "arn:aws:wafv2:us-east-1:111111111111:global/webacl/site/a1",
            ["attributes.IsIPV6Enabled"] = "true",
            ["attributes.Staging"] = "false",
            ["attributes.CertificateArn"] = "arn:aws:acm:us-east-1:111111111111:certificate/c1",
            ["attributes.MinimumProtocolVersion"] = "TLSv1.2_2021",
            ["attributes.Origins"] =
                """[{"Id":"s3-media","DomainName":"media.example.s3.eu-west-1.amazonaws.com","Type":"s3","OriginAccessControlId":"E2OAC0001"},"""
                + """{"Id":"alb","DomainName":"dualstack.web-alb-123456.eu-west-1.elb.amazonaws.com","OriginPath":"/api","Type":"custom","OriginProtocolPolicy":"https-only"}]""",
        }, distribution.Described());
    }

    [Fact]
    public async Task Without_aliases_a_distribution_is_named_by_its_domain_and_a_name_tag_wins_over_both()
    {
        Estate.Distributions.Add(new StubDistribution("E1PLAIN") { DomainName = "d2plain.cloudfront.net", Enabled = false, Status = "InProgress" });
        Estate.Distributions.Add(new StubDistribution("E2TAGGED") { Aliases = { "cdn.example.com" }, Tags = { ["Name"] = "assets" } });

        var observations = await Scan();

        var plain = observations.Single("cloudfront:distribution", "E1PLAIN");
        Assert.Equal("d2plain.cloudfront.net", plain.Name);
        Assert.Equal("InProgress (disabled)", plain.State);
        Assert.Empty(plain.Related);
        // CloudFront sends empty Comment and WebACLId elements; they mean "none".
        Assert.False(plain.AttributesText().ContainsKey("Comment"));
        Assert.False(plain.AttributesText().ContainsKey("WebACLId"));
        Assert.Equal("assets", observations.Single("cloudfront:distribution", "E2TAGGED").Name);
    }

    [Fact]
    public async Task Access_denied_on_tags_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeFiveDistributions();
        server.Faults.Add("cloudfront", "ListTagsForResource", "AccessDenied", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal(("AccessDenied", 403), (error.ErrorCode, error.StatusCode));
        // Not throttling, so not retried.
        Assert.Single(server.RequestsFor("cloudfront", "ListTagsForResource"));
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeFiveDistributions();
        server.Faults.Throttle("cloudfront", "ListDistributions", times: 2);
        server.Faults.Throttle("cloudfront", "ListTagsForResource", times: 2);

        var observations = await Scan();

        Assert.Equal(5, observations.Count);
        Assert.Equal([400, 400, 200, 200, 200], server.RequestsFor("cloudfront", "ListDistributions").Select(r => r.Status));
        Assert.Equal([400, 400, 200, 200, 200, 200, 200], server.RequestsFor("cloudfront", "ListTagsForResource").Select(r => r.Status));
        Assert.Equal("Throttling", server.RequestsFor("cloudfront", "ListDistributions")[0].ErrorCode);
        Assert.Equal(new Dictionary<string, string> { ["Team"] = "web", ["env"] = "prod" }, observations[0].Tags);
    }

    [Fact]
    public async Task A_distribution_deleted_between_list_and_tags_is_left_out()
    {
        ArrangeFiveDistributions();
        server.Faults.Add("cloudfront", "ListTagsForResource", "NoSuchResource", 404);

        var observations = await Scan();

        Assert.Equal(["E2DIST", "E3DIST", "E4DIST", "E5DIST"], observations.Select(o => o.ResourceId));
    }

    [Fact]
    public async Task An_account_without_distributions_yields_nothing_after_one_call()
    {
        Assert.Empty(await Scan());
        Assert.Single(server.Requests);
        Assert.Empty(server.HandlerFailures);
    }
}
