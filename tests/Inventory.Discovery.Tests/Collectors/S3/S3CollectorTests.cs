using Amazon.S3;
using Inventory.Discovery.Collectors.S3;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.S3;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.S3;

/// <summary>The S3 collector through the real SDK and HTTP (path-style) against the stub AWS.</summary>
public sealed class S3CollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "444444444444";
    private readonly StubAwsServer server;

    public S3CollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private S3Estate Estate => server.Estate.Account(AccountId).S3();

    // Global services are scanned through the API's home region.
    private Task<IReadOnlyList<Observation>> Scan() =>
        new S3Collector(StubScans.FastBackoff).CollectAsync(server.Access(server.Estate.Account(AccountId), "us-east-1"), CancellationToken.None);

    private void ArrangeFiveBuckets()
    {
        Estate.Buckets.Add(new StubBucket("logs") { Region = "eu-west-1", Tags = new() { ["Name"] = "Central logs", ["Team"] = "platform" } });
        Estate.Buckets.Add(new StubBucket("assets") { Tags = new() { ["Team"] = "web" } });
        Estate.Buckets.Add(new StubBucket("backups") { Region = "eu-central-1" });
        Estate.Buckets.Add(new StubBucket("reports") { Region = "us-west-2", Tags = [] });
        Estate.Buckets.Add(new StubBucket("tmp"));
    }

    [Fact]
    public async Task Every_page_of_buckets_is_read()
    {
        ArrangeFiveBuckets();

        var observations = await Scan();

        Assert.Equal(["assets", "backups", "logs", "reports", "tmp"], observations.Select(o => o.ResourceId).Order(StringComparer.Ordinal));
        Assert.All(observations, o => Assert.Equal("s3:bucket", o.ResourceType));
        var pages = server.RequestsFor("s3", "ListBuckets");
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal("1000", p.Parameters["max-buckets"]));
        Assert.False(pages[0].Parameters.ContainsKey("continuation-token"));
        Assert.True(pages[2].Parameters.ContainsKey("continuation-token"));
    }

    [Fact]
    public async Task A_bucket_is_mapped_field_by_field()
    {
        ArrangeFiveBuckets();

        var logs = (await Scan()).Single("s3:bucket", "logs");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:s3:::logs",
            ["resource_id"] = "logs",
            ["name"] = "Central logs",
            ["tags.Name"] = "Central logs",
            ["tags.Team"] = "platform",
            ["attributes.Region"] = "eu-west-1",
            ["attributes.CreationDate"] = "2024-05-06T07:08:09Z",
        }, logs.Described());
    }

    [Fact]
    public async Task An_empty_location_constraint_means_us_east_1()
    {
        ArrangeFiveBuckets();

        var assets = (await Scan()).Single("s3:bucket", "assets");

        Assert.Equal("us-east-1", assets.AttributesText()["Region"]);
        Assert.Equal("assets", assets.Name);
        Assert.Equal(new Dictionary<string, string> { ["Team"] = "web" }, assets.Tags);
    }

    [Fact]
    public async Task A_bucket_without_a_tag_set_has_no_tags_and_is_no_error()
    {
        ArrangeFiveBuckets();

        var observations = await Scan();

        Assert.Empty(observations.Single("s3:bucket", "backups").Tags);
        Assert.Empty(observations.Single("s3:bucket", "tmp").Tags);
        Assert.Contains(server.RequestsFor("s3", "GetBucketTagging"), r => r.ErrorCode == "NoSuchTagSet" && r.Status == 404);
    }

    // The SDK addresses a bucket path-style as "/bucket/", with a trailing slash.
    [Fact]
    public async Task Tags_are_asked_for_in_the_buckets_own_region_with_path_style_addressing()
    {
        ArrangeFiveBuckets();

        await Scan();

        var tagging = server.RequestsFor("s3", "GetBucketTagging");
        Assert.Equal(5, tagging.Count);
        Assert.Equal("eu-west-1", Assert.Single(tagging, r => r.Path == "/logs/").Region);
        Assert.Equal("us-west-2", Assert.Single(tagging, r => r.Path == "/reports/").Region);
        Assert.All(server.RequestsFor("s3", "GetBucketLocation"), r => Assert.Equal("us-east-1", r.Region));
        Assert.All(server.Requests, r => Assert.StartsWith("127.0.0.1:", r.Header("Host"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_access_denied_on_tags_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeFiveBuckets();
        server.Faults.Add("s3", "GetBucketTagging", "AccessDenied", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(Scan);

        Assert.Equal("AccessDenied", error.ErrorCode);
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeFiveBuckets();
        server.Faults.Throttle("s3", "ListBuckets", times: 2);

        var observations = await Scan();

        Assert.Equal(5, observations.Count);
        Assert.Equal([503, 503, 200, 200, 200], server.RequestsFor("s3", "ListBuckets").Select(r => r.Status));
        Assert.Equal("SlowDown", server.RequestsFor("s3", "ListBuckets")[0].ErrorCode);
    }

    [Fact]
    public async Task A_bucket_deleted_during_the_scan_is_left_out()
    {
        ArrangeFiveBuckets();
        server.Faults.Add("s3", "GetBucketLocation", "NoSuchBucket", 404, times: 1);

        var observations = await Scan();

        Assert.Equal(4, observations.Count);
    }

    [Fact]
    public async Task An_account_without_buckets_yields_nothing()
    {
        Assert.Empty(await Scan());
        Assert.Single(server.RequestsFor("s3", "ListBuckets"));
    }

    [Theory]
    [InlineData(null, "us-east-1")]
    [InlineData("", "us-east-1")]
    [InlineData("EU", "eu-west-1")]
    [InlineData("eu-central-1", "eu-central-1")]
    public void Location_constraints_name_regions(string? constraint, string region) =>
        Assert.Equal(region, S3Buckets.Region(constraint));
}
