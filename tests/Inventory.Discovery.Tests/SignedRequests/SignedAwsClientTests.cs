using System.Net;
using System.Net.Sockets;
using Inventory.Discovery.Access;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class SignedAwsClientTests
{
    private const string Throttled = "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>t</RequestId></ErrorResponse>";

    [Fact]
    public async Task Throttling_past_the_last_attempt_surfaces_the_throttling_error()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Xml(Throttled, 400));
        var delays = new List<TimeSpan>();
        using var client = StubAccess.Client(server, SigningNames.Rds, throttling: StubAccess.Recording(delays, maxAttempts: 3));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.QueryAsync("DescribeDBInstances", "2014-10-31", null, CancellationToken.None));

        Assert.Equal(("Throttling", 400), (error.ErrorCode, error.StatusCode));
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, delays.Count);
    }

    [Fact]
    public async Task Service_unavailable_without_a_document_is_retried_as_throttling()
    {
        await using var server = await LoopbackServer.StartAsync((_, call) => call == 1
            ? new StubAnswer(503, "", "text/plain")
            : StubAnswer.Json("""{"clusters":[]}"""));
        var delays = new List<TimeSpan>();
        using var client = StubAccess.Client(server, SigningNames.Eks, throttling: StubAccess.Recording(delays));

        await client.RestJsonAsync("/clusters", null, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Single(delays);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_but_reported()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) =>
            new StubAnswer(301, "", "text/plain", new Dictionary<string, string> { ["Location"] = "http://example.invalid/" }));
        using var client = StubAccess.Client(server, SigningNames.Route53);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.RestXmlAsync("/2013-04-01/hostedzone", null, CancellationToken.None));

        Assert.Equal(("MovedPermanently", 301), (error.ErrorCode, error.StatusCode));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_network_failure_propagates_as_is_without_retrying()
    {
        // A port that was just free and is now closed: connecting to it is refused.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var access = new ScopeAccess("123456789012", "eu-west-1", new Amazon.Runtime.BasicAWSCredentials("AKID", "secret"), new AwsEndpoints(All: $"http://127.0.0.1:{port}"));
        using var client = new SignedAwsClient(access, SigningNames.Lambda, StubAccess.NoRetry);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.RestJsonAsync("/2015-03-31/functions/", null, CancellationToken.None));
    }

    [Fact]
    public async Task A_cancelled_call_is_cancelled_not_retried()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Json("{}"));
        using var client = StubAccess.Client(server, SigningNames.Ecr);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Json11Async("AmazonEC2ContainerRegistry_V20150921", "DescribeRepositories", null, cancelled.Token));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void The_client_resolves_its_endpoint_from_the_scope()
    {
        var access = new ScopeAccess("123456789012", "eu-west-1", new Amazon.Runtime.BasicAWSCredentials("AKID", "secret"), AwsEndpoints.Aws);

        using var client = new SignedAwsClient(access, SigningNames.Route53);

        Assert.Equal(new AwsServiceEndpoint(new Uri("https://route53.amazonaws.com/"), "route53", "us-east-1"), client.Endpoint);
    }
}
