using Inventory.Discovery.Collectors.Lambda;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Lambda;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Lambda;

/// <summary>The Lambda collector through the signed client and HTTP against the stub AWS.</summary>
public sealed class LambdaCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";

    // Retries without waiting, so throttling tests take no time.

    private readonly StubAwsServer server;

    public LambdaCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private LambdaEstate Estate => server.Estate.Account(AccountId).Region(Region).Lambda();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new LambdaCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubFunction OrdersApi() => new("orders-api")
    {
        Description = "Orders API",
        Runtime = "nodejs20.x",
        Handler = "index.handler",
        MemorySize = 512,
        Timeout = 30,
        CodeSize = 4096,
        CodeSha256 = "c2hhMjU2LW9mLXRoZS1jb2Rl",
        Architectures = ["arm64"],
        LastModified = "2025-02-03T04:05:06.789+0000",
        KmsKeyArn = "arn:aws:kms:eu-west-1:111111111111:key/k1",
        LayerArns = { "arn:aws:lambda:eu-west-1:111111111111:layer:common:3" },
        VpcId = "vpc-0a1",
        SubnetIds = { "subnet-0a1", "subnet-0b2" },
        SecurityGroupIds = { "sg-0api" },
        Environment = { ["DB_PASSWORD"] = "hunter2" },
        Tags = { ["Name"] = "orders", ["Team"] = "payments" },
    };

    private void ArrangeFiveFunctions()
    {
        Estate.Functions.Add(OrdersApi());
        for (var i = 1; i <= 4; i++)
            Estate.Functions.Add(new StubFunction($"worker-{i}") { Tags = { ["Index"] = $"{i}" } });
    }

    [Fact]
    public async Task Every_page_of_functions_is_read_and_every_function_gets_its_tags()
    {
        ArrangeFiveFunctions();

        var observations = await Scan();

        Assert.Equal(["orders-api", "worker-1", "worker-2", "worker-3", "worker-4"], observations.Select(o => o.ResourceId));
        Assert.All(observations, o => Assert.Equal("lambda:function", o.ResourceType));
        Assert.Equal("3", observations.Single("lambda:function", "worker-3").Tags["Index"]);
        // Five functions at two a page; one ListTags per function.
        Assert.Equal(3, server.RequestsFor("lambda", "ListFunctions").Count);
        Assert.Equal(5, server.RequestsFor("lambda", "ListTags").Count);
        Assert.All(server.Requests, r => Assert.Equal(200, r.Status));
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task Pages_ask_for_fifty_and_carry_the_previous_answers_next_marker()
    {
        ArrangeFiveFunctions();

        await Scan();

        var pages = server.RequestsFor("lambda", "ListFunctions");
        Assert.All(pages, p => Assert.Equal("50", p.Parameters["MaxItems"]));
        Assert.False(pages[0].Parameters.ContainsKey("Marker"));
        Assert.NotEmpty(pages[1].Parameters["Marker"]);
        Assert.NotEqual(pages[1].Parameters["Marker"], pages[2].Parameters["Marker"]);
    }

    [Fact]
    public async Task Requests_are_signed_for_lambda_in_the_scopes_region_with_the_accounts_key()
    {
        ArrangeFiveFunctions();

        await Scan();

        Assert.All(server.Requests, r =>
        {
            Assert.Equal(("lambda", Region, AccountId, "AKIASTUB" + AccountId), (r.Service, r.Region, r.AccountId, r.AccessKeyId));
            Assert.Equal("GET", r.Method);
        });
        Assert.Equal("/2017-03-31/tags/arn:aws:lambda:eu-west-1:111111111111:function:orders-api", server.RequestsFor("lambda", "ListTags")[0].Path);
    }

    [Fact]
    public async Task A_function_is_mapped_field_by_field()
    {
        Estate.Functions.Add(OrdersApi());

        var function = (await Scan()).Single("lambda:function", "orders-api");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:lambda:eu-west-1:111111111111:function:orders-api",
            ["resource_id"] = "orders-api",
            ["name"] = "orders",
            ["state"] = "Active",
            ["tags.Name"] = "orders",
            ["tags.Team"] = "payments",
            ["related.security-group"] = """["sg-0api"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b2"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.Description"] = "Orders API",
            ["attributes.Runtime"] = "nodejs20.x",
            ["attributes.Handler"] = "index.handler",
            ["attributes.MemorySize"] = "512",
            ["attributes.Timeout"] = "30",
            ["attributes.CodeSize"] = "4096",
            ["attributes.CodeSha256"] = "c2hhMjU2LW9mLXRoZS1jb2Rl",
            ["attributes.PackageType"] = "Zip",
            ["attributes.Architectures"] = """["arm64"]""",
            ["attributes.Role"] = "arn:aws:iam::111111111111:role/orders-api-role",
            ["attributes.KMSKeyArn"] = "arn:aws:kms:eu-west-1:111111111111:key/k1",
            ["attributes.EphemeralStorage.Size"] = "512",
            ["attributes.TracingConfig.Mode"] = "PassThrough",
            ["attributes.LastModified"] = "2025-02-03T04:05:06.789Z",
            ["attributes.Layers"] = """["arn:aws:lambda:eu-west-1:111111111111:layer:common:3"]""",
        }, function.Described());
    }

    [Fact]
    public async Task A_function_outside_a_vpc_without_a_name_tag_is_named_by_its_function_name_and_relates_to_nothing()
    {
        Estate.Functions.Add(new StubFunction("nightly-report") { Tags = { ["Team"] = "data" } });

        var function = (await Scan()).Single("lambda:function", "nightly-report");

        Assert.Equal("nightly-report", function.Name);
        Assert.Equal(new Dictionary<string, string> { ["Team"] = "data" }, function.Tags);
        Assert.Empty(function.Related);
        Assert.Empty(function.DnsNames);
        Assert.DoesNotContain("Description", function.AttributesText().Keys);
    }

    [Fact]
    public async Task A_state_the_list_answers_comes_through_and_a_missing_one_means_active()
    {
        Estate.Functions.Add(new StubFunction("broken") { State = "Failed" });
        Estate.Functions.Add(new StubFunction("fine"));

        var observations = await Scan();

        Assert.Equal("Failed", observations.Single("lambda:function", "broken").State);
        Assert.Equal("Active", observations.Single("lambda:function", "fine").State);
    }

    [Fact]
    public async Task A_function_deleted_between_listing_and_tagging_is_left_out()
    {
        ArrangeFiveFunctions();
        server.Faults.Add("lambda", "ListTags", "ResourceNotFoundException", 404, times: 1);

        var observations = await Scan();

        Assert.Equal(["worker-1", "worker-2", "worker-3", "worker-4"], observations.Select(o => o.ResourceId));
    }

    [Fact]
    public async Task Access_denied_on_list_tags_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeFiveFunctions();
        server.Faults.Add("lambda", "ListTags", "AccessDeniedException", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal(("AccessDeniedException", 403), (error.ErrorCode, error.StatusCode));
        // Not throttling, so not retried; the scan stops at the first denial.
        Assert.Single(server.RequestsFor("lambda", "ListTags"));
    }

    [Fact]
    public async Task Too_many_requests_twice_then_success_returns_everything()
    {
        ArrangeFiveFunctions();
        server.Faults.Add("lambda", "ListFunctions", "TooManyRequestsException", 429, times: 2);

        var observations = await Scan();

        Assert.Equal(5, observations.Count);
        Assert.Equal([429, 429, 200, 200, 200], server.RequestsFor("lambda", "ListFunctions").Select(r => r.Status));
        Assert.Equal("TooManyRequestsException", server.RequestsFor("lambda", "ListFunctions")[0].ErrorCode);
    }

    [Fact]
    public async Task An_empty_region_yields_nothing()
    {
        Assert.Empty(await Scan());
        Assert.Single(server.RequestsFor("lambda", "ListFunctions"));
        Assert.Equal(("lambda", false), (new LambdaCollector().Service, new LambdaCollector().IsGlobal));
    }
}
