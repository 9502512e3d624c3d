using Inventory.Discovery.Collectors.Cognito;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Cognito;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Cognito;

/// <summary>The Cognito user pool collector through the signed client and HTTP against the stub AWS.</summary>
public sealed class CognitoCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";

    // Retries at once: throttling tests must not sleep.

    private readonly StubAwsServer server;

    public CognitoCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private CognitoEstate Estate => server.Estate.Account(AccountId).Region(Region).Cognito();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new CognitoCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubUserPool Customers() => new("eu-west-1_AbC123", "customers-prod")
    {
        Status = "Enabled",
        MfaConfiguration = "OPTIONAL",
        Domain = "auth-example",
        CustomDomain = "login.example.com",
        DeletionProtection = "ACTIVE",
        MinimumPasswordLength = 12,
        UsernameAttributes = { "email" },
        AutoVerifiedAttributes = { "email" },
        EstimatedNumberOfUsers = 1234,
        Tags = { ["Name"] = "customers", ["Team"] = "identity" },
    };

    private void ArrangeFivePools()
    {
        Estate.UserPools.Add(Customers());
        for (var i = 2; i <= 5; i++)
            Estate.UserPools.Add(new StubUserPool($"eu-west-1_Pool{i}", $"pool-{i}"));
    }

    [Fact]
    public async Task Every_page_of_user_pools_is_read_and_each_pool_described()
    {
        ArrangeFivePools();

        var observations = await Scan();

        Assert.Equal(["eu-west-1_AbC123", "eu-west-1_Pool2", "eu-west-1_Pool3", "eu-west-1_Pool4", "eu-west-1_Pool5"], observations.Select(o => o.ResourceId));
        // The stub rejects a ListUserPools without MaxResults, as AWS does; three pages of two.
        Assert.Equal(3, server.RequestsFor("cognito-idp", "ListUserPools").Count);
        Assert.Equal(5, server.RequestsFor("cognito-idp", "DescribeUserPool").Count);
        Assert.All(server.Requests, r =>
        {
            Assert.Equal((Region, 200), (r.Region, r.Status));
            Assert.StartsWith("AWSCognitoIdentityProviderService.", r.Header("X-Amz-Target"), StringComparison.Ordinal);
        });
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task A_user_pool_is_mapped_field_by_field()
    {
        Estate.UserPools.Add(Customers());

        var pool = (await Scan()).Single("cognito-idp:user-pool", "eu-west-1_AbC123");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:cognito-idp:eu-west-1:111111111111:userpool/eu-west-1_AbC123",
            ["resource_id"] = "eu-west-1_AbC123",
            ["name"] = "customers",
            ["state"] = "Enabled",
            ["tags.Name"] = "customers",
            ["tags.Team"] = "identity",
            ["dns_names"] = """["auth-example.auth.eu-west-1.amazoncognito.com","login.example.com"]""",
            ["attributes.MfaConfiguration"] = "OPTIONAL",
            ["attributes.Domain"] = "auth-example",
            ["attributes.CustomDomain"] = "login.example.com",
            ["attributes.DeletionProtection"] = "ACTIVE",
            ["attributes.UserPoolTier"] = "ESSENTIALS",
            ["attributes.Policies.PasswordPolicy.MinimumLength"] = "12",
            ["attributes.Policies.PasswordPolicy.RequireUppercase"] = "true",
            ["attributes.Policies.PasswordPolicy.RequireLowercase"] = "true",
            ["attributes.Policies.PasswordPolicy.RequireNumbers"] = "true",
            ["attributes.Policies.PasswordPolicy.RequireSymbols"] = "false",
            ["attributes.Policies.PasswordPolicy.TemporaryPasswordValidityDays"] = "7",
            ["attributes.UsernameAttributes"] = """["email"]""",
            ["attributes.AutoVerifiedAttributes"] = """["email"]""",
            ["attributes.CreationDate"] = "2024-11-12T13:14:15Z",
        }, pool.Described());
    }

    [Fact]
    public async Task A_pool_without_status_domain_or_tags_is_named_by_its_own_name()
    {
        Estate.UserPools.Add(new StubUserPool("eu-west-1_Plain1", "staff"));

        var pool = (await Scan()).Single("cognito-idp:user-pool", "eu-west-1_Plain1");

        Assert.Equal("staff", pool.Name);
        Assert.Null(pool.State);
        Assert.Empty(pool.DnsNames);
        Assert.Empty(pool.Tags);
    }

    [Fact]
    public async Task The_estimated_number_of_users_changes_nothing()
    {
        Estate.UserPools.Add(Customers());
        var before = (await Scan()).Single().Described();

        Estate.UserPools[0].EstimatedNumberOfUsers = 5678;
        var after = (await Scan()).Single().Described();

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Access_denied_on_describe_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeFivePools();
        server.Faults.Add("cognito-idp", "DescribeUserPool", "AccessDeniedException", 400, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal(("AccessDeniedException", 400), (error.ErrorCode, error.StatusCode));
        Assert.Single(server.RequestsFor("cognito-idp", "DescribeUserPool"));
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeFivePools();
        server.Faults.Add("cognito-idp", "ListUserPools", "TooManyRequestsException", 400, times: 2);
        server.Faults.Add("cognito-idp", "DescribeUserPool", "TooManyRequestsException", 400, times: 2);

        var observations = await Scan();

        Assert.Equal(5, observations.Count);
        Assert.Equal([400, 400, 200, 200, 200], server.RequestsFor("cognito-idp", "ListUserPools").Select(r => r.Status));
        Assert.Equal([400, 400, 200, 200, 200, 200, 200], server.RequestsFor("cognito-idp", "DescribeUserPool").Select(r => r.Status));
        Assert.Equal("customers", observations.Single("cognito-idp:user-pool", "eu-west-1_AbC123").Name);
    }

    [Fact]
    public async Task A_pool_deleted_between_list_and_describe_is_left_out()
    {
        ArrangeFivePools();
        server.Faults.Add("cognito-idp", "DescribeUserPool", "ResourceNotFoundException", 400);

        var observations = await Scan();

        Assert.Equal(["eu-west-1_Pool2", "eu-west-1_Pool3", "eu-west-1_Pool4", "eu-west-1_Pool5"], observations.Select(o => o.ResourceId));
    }
}
