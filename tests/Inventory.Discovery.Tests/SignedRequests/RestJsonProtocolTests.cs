using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class RestJsonProtocolTests
{
    [Fact]
    public async Task Lambda_is_a_signed_get_and_every_page_is_read_from_marker_to_next_marker()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => request.QueryValue("Marker") switch
        {
            null => StubAnswer.Json("""{"Functions":[{"FunctionName":"f1"},{"FunctionName":"f2"}],"NextMarker":"tok/2=="}"""),
            "tok/2==" => StubAnswer.Json("""{"Functions":[{"FunctionName":"f3"}],"NextMarker":null}"""),
            var other => throw new InvalidOperationException(other),
        });
        using var client = StubAccess.Client(server, SigningNames.Lambda, "us-west-2");

        var names = new List<string?>();
        await foreach (var page in client.RestJsonPagesAsync("/2015-03-31/functions/", new QueryParameters().Add("MaxItems", "50"), PageToken.MarkerNextMarker, CancellationToken.None))
            names.AddRange(page.ArrayAt("Functions").Select(f => f.StringAt("FunctionName")));

        Assert.Equal(["f1", "f2", "f3"], names);
        Assert.Equal(
            ["/2015-03-31/functions/?MaxItems=50", "/2015-03-31/functions/?MaxItems=50&Marker=tok%2F2%3D%3D"],
            server.Requests.Select(r => r.RawTarget));
        Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "us-west-2", "lambda"));
    }

    [Fact]
    public async Task Eks_pages_with_next_token()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => StubAnswer.Json(request.QueryValue("nextToken") is null
            ? """{"clusters":["prod"],"nextToken":"n2"}"""
            : """{"clusters":["dev"]}"""));
        using var client = StubAccess.Client(server, SigningNames.Eks, session: true);

        var clusters = new List<string?>();
        await foreach (var page in client.RestJsonPagesAsync("/clusters", new QueryParameters().Add("maxResults", "100"), PageToken.CamelNextToken, CancellationToken.None))
            clusters.AddRange(page.ArrayAt("clusters").Select(c => c.GetString()));

        Assert.Equal(["prod", "dev"], clusters);
        Assert.Equal(["/clusters?maxResults=100", "/clusters?maxResults=100&nextToken=n2"], server.Requests.Select(r => r.RawTarget));
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "eu-west-1", "eks", session: true));
    }

    [Fact]
    public async Task A_path_carrying_an_arn_is_signed_over_its_encoded_form()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Json("""{"Tags":{"team":"core"}}"""));
        using var client = StubAccess.Client(server, SigningNames.Lambda);
        var arn = "arn:aws:lambda:eu-west-1:123456789012:function:my fn";

        var tags = await client.RestJsonAsync("/2017-03-31/tags/" + Uri.EscapeDataString(arn), null, CancellationToken.None);

        Assert.Equal("core", tags.GetProperty("Tags").StringAt("team"));
        var request = Assert.Single(server.Requests);
        Assert.Equal("/2017-03-31/tags/arn%3Aaws%3Alambda%3Aeu-west-1%3A123456789012%3Afunction%3Amy%20fn", request.RawTarget);
        StubAccess.AssertSigned(request, "eu-west-1", "lambda");
    }

    [Fact]
    public async Task The_error_type_header_names_the_error_without_what_follows_the_colon()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Json(
            """{"Type":"User","message":"Function not found: arn:aws:lambda:eu-west-1:123456789012:function:gone"}""",
            404,
            new Dictionary<string, string>
            {
                ["x-amzn-ErrorType"] = "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.lambda/",
                ["x-amzn-RequestId"] = "lambda-req-7",
            }));
        using var client = StubAccess.Client(server, SigningNames.Lambda);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.RestJsonAsync("/2015-03-31/functions/gone", null, CancellationToken.None));

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Function not found: arn:aws:lambda:eu-west-1:123456789012:function:gone", error.Message);
        Assert.Equal("lambda-req-7", error.RequestId);
    }

    [Theory]
    [InlineData("""{"__type":"com.amazonaws.kafka#ForbiddenException","Message":"Not allowed"}""", 403, "ForbiddenException", "Not allowed")]
    [InlineData("""{"code":"AccessDeniedException","message":"No access to es:ListDomainNames"}""", 403, "AccessDeniedException", "No access to es:ListDomainNames")]
    [InlineData("""{"__type":"InvalidParameterException","message":"bad"}""", 400, "InvalidParameterException", "bad")]
    public async Task Without_the_header_the_body_names_the_error(string body, int status, string code, string message)
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Json(body, status));
        using var client = StubAccess.Client(server, SigningNames.Msk);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.RestJsonAsync("/api/v2/clusters", null, CancellationToken.None));

        Assert.Equal((code, status, message), (error.ErrorCode, error.StatusCode, error.Message));
    }

    [Fact]
    public async Task Too_many_requests_twice_then_success_reads_the_answer()
    {
        await using var server = await LoopbackServer.StartAsync((_, call) => call <= 2
            ? StubAnswer.Json("""{"message":"Rate exceeded"}""", 429, new Dictionary<string, string> { ["x-amzn-ErrorType"] = "TooManyRequestsException" })
            : StubAnswer.Json("""{"DomainNames":[{"DomainName":"search"}]}"""));
        var delays = new List<TimeSpan>();
        using var client = StubAccess.Client(server, SigningNames.OpenSearch, throttling: StubAccess.Recording(delays));

        var answer = await client.RestJsonAsync("/2021-01-01/domain", null, CancellationToken.None);

        Assert.Equal("search", Assert.Single(answer.ArrayAt("DomainNames")).StringAt("DomainName"));
        Assert.Equal(2, delays.Count);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "eu-west-1", "es"));
    }
}
