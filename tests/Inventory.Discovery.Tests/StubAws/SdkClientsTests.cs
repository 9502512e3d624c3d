using Amazon.Runtime;
using Inventory.Discovery.Access;

namespace Inventory.Discovery.Tests.StubAws;

/// <summary>How the product's SDK clients are configured: AWS's own endpoints, or the override with the scope's region for signing.</summary>
public sealed class SdkClientsTests
{
    private static readonly AWSCredentials Credentials = new BasicAWSCredentials("AKIASTUB111111111111", "secret");

    private static ScopeAccess Access(AwsEndpoints endpoints, string region = "eu-west-1") => new("111111111111", region, Credentials, endpoints);

    [Fact]
    public void Without_an_override_clients_use_the_regions_aws_endpoint()
    {
        using var ec2 = SdkClients.Ec2(Access(AwsEndpoints.Aws));
        using var s3 = SdkClients.S3(Access(AwsEndpoints.Aws));

        Assert.Equal("eu-west-1", ec2.Config.RegionEndpoint.SystemName);
        Assert.Null(ec2.Config.ServiceURL);
        Assert.False(((Amazon.S3.AmazonS3Config)s3.Config).ForcePathStyle);
    }

    [Fact]
    public void With_an_override_clients_call_it_and_sign_for_the_scopes_region()
    {
        var endpoints = new AwsEndpoints("http://127.0.0.1:4566");

        using var ec2 = SdkClients.Ec2(Access(endpoints, "ap-southeast-2"));
        using var s3 = SdkClients.S3(Access(endpoints, "us-east-1"));
        using var sts = SdkClients.Sts(Access(endpoints, "us-east-1"));

        Assert.StartsWith("http://127.0.0.1:4566", ec2.Config.ServiceURL, StringComparison.Ordinal);
        Assert.Equal("ap-southeast-2", ec2.Config.AuthenticationRegion);
        Assert.True(((Amazon.S3.AmazonS3Config)s3.Config).ForcePathStyle);
        Assert.StartsWith("http://127.0.0.1:4566", sts.Config.ServiceURL, StringComparison.Ordinal);
    }

    [Fact]
    public void A_per_service_override_is_looked_up_by_signing_name()
    {
        var endpoints = new AwsEndpoints(PerService: new Dictionary<string, string> { ["s3"] = "http://127.0.0.1:9000" });

        using var ec2 = SdkClients.Ec2(Access(endpoints));
        using var s3 = SdkClients.S3(Access(endpoints));

        Assert.Null(ec2.Config.ServiceURL);
        Assert.StartsWith("http://127.0.0.1:9000", s3.Config.ServiceURL, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sdk_does_not_retry_on_its_own()
    {
        using var ec2 = SdkClients.Ec2(Access(AwsEndpoints.Aws));

        Assert.Equal(0, ec2.Config.MaxErrorRetry);
    }

    [Fact]
    public async Task Every_page_is_read_until_the_token_runs_out()
    {
        var pages = new Dictionary<string, (int[] Items, string? Next)> { [""] = ([1, 2], "b"), ["b"] = ([3], "c"), ["c"] = ([], null) };
        var asked = new List<string?>();

        var all = await new SdkCalls().AllPagesAsync(
            (token, _) => { asked.Add(token); return Task.FromResult(pages[token ?? ""]); },
            page => page.Items,
            page => page.Next,
            CancellationToken.None);

        Assert.Equal([1, 2, 3], all);
        Assert.Equal([null, "b", "c"], asked);
    }

    [Fact]
    public async Task A_token_answered_back_unchanged_stops_the_scan_instead_of_looping()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new SdkCalls().AllPagesAsync(
            (_, _) => Task.FromResult("same"),
            _ => new[] { 1 },
            page => page,
            CancellationToken.None));

        Assert.Contains("same", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sdk_errors_are_classified_by_aws_code_and_http_status()
    {
        var throttled = new AmazonServiceException("slow down", ErrorType.Receiver, "SlowDown", "r", System.Net.HttpStatusCode.ServiceUnavailable);

        Assert.Equal(("SlowDown", 503), SdkCalls.Classify(throttled));
        Assert.Equal((null, null), SdkCalls.Classify(new TimeoutException()));
    }
}
