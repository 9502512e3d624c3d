using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class Json11ProtocolTests
{
    private const string Ecr = "AmazonEC2ContainerRegistry_V20150921";

    private static JsonElement BodyOf(RecordedRequest request) => JsonDocument.Parse(request.BodyText).RootElement;

    [Fact]
    public async Task A_call_posts_json_to_the_root_with_the_target_and_content_type_and_every_page_is_read()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => StubAnswer.Json(BodyOf(request).StringAt("nextToken") is null
            ? """{"repositories":[{"repositoryName":"api"}],"nextToken":"r2"}"""
            : """{"repositories":[{"repositoryName":"web"}]}"""));
        using var client = StubAccess.Client(server, SigningNames.Ecr, "eu-central-1", session: true);
        var body = new JsonObject { ["maxResults"] = 1000 };

        var names = new List<string?>();
        await foreach (var page in client.Json11PagesAsync(Ecr, "DescribeRepositories", body, PageToken.CamelNextToken, CancellationToken.None))
            names.AddRange(page.ArrayAt("repositories").Select(r => r.StringAt("repositoryName")));

        Assert.Equal(["api", "web"], names);
        Assert.Equal(["""{"maxResults":1000}""", """{"maxResults":1000,"nextToken":"r2"}"""], server.Requests.Select(r => r.BodyText));
        Assert.Equal("""{"maxResults":1000}""", body.ToJsonString());
        Assert.All(server.Requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/", r.RawTarget);
            Assert.Equal("AmazonEC2ContainerRegistry_V20150921.DescribeRepositories", r.Header("X-Amz-Target"));
            Assert.Equal("application/x-amz-json-1.1", r.Header("Content-Type"));
            StubAccess.AssertSigned(r, "eu-central-1", "ecr", session: true);
        });
    }

    [Fact]
    public async Task Cost_explorer_signs_for_us_east_1_and_pages_with_next_page_token()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => StubAnswer.Json(BodyOf(request).StringAt("NextPageToken") is null
            ? """{"ResultsByTime":[{"TimePeriod":{"Start":"2026-10-01"}}],"NextPageToken":"p2"}"""
            : """{"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-01"}}]}"""));
        using var client = StubAccess.Client(server, SigningNames.CostExplorer, "eu-west-1");

        var pages = 0;
        await foreach (var _ in client.Json11PagesAsync("AWSInsightsIndexService", "GetCostAndUsage", null, new PageToken("NextPageToken", "NextPageToken"), CancellationToken.None))
            pages++;

        Assert.Equal(2, pages);
        Assert.Equal(["{}", """{"NextPageToken":"p2"}"""], server.Requests.Select(r => r.BodyText));
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "us-east-1", "ce"));
    }

    [Fact]
    public async Task Organizations_pages_with_next_token()
    {
        await using var server = await LoopbackServer.StartAsync((_, call) => StubAnswer.Json(call switch
        {
            1 => """{"Accounts":[{"Id":"111111111111"}],"NextToken":"a2"}""",
            2 => """{"Accounts":[{"Id":"222222222222"}],"NextToken":"a3"}""",
            _ => """{"Accounts":[{"Id":"333333333333"}],"NextToken":""}""",
        }));
        using var client = StubAccess.Client(server, SigningNames.Organizations, "us-east-1");

        var ids = new List<string?>();
        await foreach (var page in client.Json11PagesAsync("AWSOrganizationsV20161128", "ListAccounts", null, PageToken.NextToken, CancellationToken.None))
            ids.AddRange(page.ArrayAt("Accounts").Select(a => a.StringAt("Id")));

        Assert.Equal(["111111111111", "222222222222", "333333333333"], ids);
        Assert.Equal([null, "a2", "a3"], server.Requests.Select(r => BodyOf(r).StringAt("NextToken")));
        Assert.All(server.Requests, r => Assert.Equal("AWSOrganizationsV20161128.ListAccounts", r.Header("X-Amz-Target")));
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "us-east-1", "organizations"));
    }

    [Theory]
    [InlineData("com.amazonaws.ecr#RepositoryNotFoundException", "RepositoryNotFoundException")]
    [InlineData("AccessDeniedException", "AccessDeniedException")]
    public async Task The_error_type_loses_its_namespace(string type, string code)
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Json(
            $$"""{"__type":"{{type}}","message":"The repository does not exist"}""", 400, new Dictionary<string, string> { ["x-amzn-RequestId"] = "ecr-1" }));
        using var client = StubAccess.Client(server, SigningNames.Ecr);

        var error = await Assert.ThrowsAsync<AwsServiceException>(
            () => client.Json11Async(Ecr, "DescribeImages", new JsonObject { ["repositoryName"] = "gone" }, CancellationToken.None));

        Assert.Equal((code, 400, "The repository does not exist", "ecr-1"), (error.ErrorCode, error.StatusCode, error.Message, error.RequestId));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Throttling_twice_then_success_reads_the_answer_with_every_attempt_signed_afresh()
    {
        await using var server = await LoopbackServer.StartAsync((_, call) => call <= 2
            ? StubAnswer.Json("""{"__type":"com.amazonaws.cognito#TooManyRequestsException","message":"Rate exceeded"}""", 400)
            : StubAnswer.Json("""{"UserPools":[{"Id":"eu-west-1_abc"}]}"""));
        var delays = new List<TimeSpan>();
        using var client = StubAccess.Client(server, SigningNames.CognitoUserPools, throttling: StubAccess.Recording(delays));

        var answer = await client.Json11Async("AWSCognitoIdentityProviderService", "ListUserPools", new JsonObject { ["MaxResults"] = 60 }, CancellationToken.None);

        Assert.Equal("eu-west-1_abc", Assert.Single(answer.ArrayAt("UserPools")).StringAt("Id"));
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], delays);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("""{"MaxResults":60}""", r.BodyText));
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "eu-west-1", "cognito-idp"));
    }
}
