using System.Net;
using System.Text;
using System.Xml.Linq;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Inventory.Discovery.Access;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Ec2;

namespace Inventory.Discovery.Tests.StubAws;

/// <summary>The stub AWS itself: it insists on SigV4, knows accounts by key, issues role sessions, pages and injects faults.</summary>
public sealed class StubAwsServerTests : IClassFixture<StubAwsFixture>
{
    private const string Management = "111111111111";
    private const string Member = "222222222222";
    private readonly StubAwsServer server;

    public StubAwsServerTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private AmazonEC2Client Ec2(AWSCredentials credentials, string region = "eu-west-1") =>
        SdkClients.Ec2(new ScopeAccess(Management, region, credentials, server.Endpoints));

    private AmazonSecurityTokenServiceClient Sts(AWSCredentials credentials) =>
        SdkClients.Sts(new ScopeAccess(Management, "us-east-1", credentials, server.Endpoints));

    [Fact]
    public async Task An_unsigned_query_request_is_rejected_with_a_403_in_the_services_error_shape()
    {
        using var http = new HttpClient();
        using var content = new StringContent("Action=DescribeInstances&Version=2016-11-15", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await http.PostAsync(server.Url + "/", content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Response", error.Name.LocalName);
        Assert.Equal("MissingAuthenticationToken", error.Element("Errors")!.Element("Error")!.Element("Code")!.Value);
        var recorded = Assert.Single(server.Requests);
        Assert.Null(recorded.Service);
        Assert.Equal(403, recorded.Status);
    }

    [Fact]
    public async Task An_unsigned_rest_request_is_rejected_with_an_s3_shaped_403()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(server.Url + "/some-bucket?tagging");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Error", error.Name.LocalName);
        Assert.Equal("AccessDenied", error.Element("Code")!.Value);
    }

    [Fact]
    public async Task A_malformed_authorization_header_is_rejected()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url + "/")
        {
            Content = new StringContent("Action=GetCallerIdentity&Version=2011-06-15", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKIASTUB111111111111/20250101/us-east-1/sts");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>IncompleteSignature</Code>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_secret_does_not_match()
    {
        server.Estate.Account(Management);
        using var ec2 = Ec2(new BasicAWSCredentials("AKIASTUB" + Management, "not-the-secret"));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeRegionsAsync(new DescribeRegionsRequest()));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
    }

    [Fact]
    public async Task An_unknown_access_key_fails_authentication()
    {
        using var ec2 = Ec2(new BasicAWSCredentials("AKIASTUB999999999999", "whatever"));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeRegionsAsync(new DescribeRegionsRequest()));

        Assert.Equal("AuthFailure", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task The_access_key_says_which_accounts_estate_answers()
    {
        server.Estate.Account(Management).Region("eu-west-1").Ec2().Vpcs.Add(new StubVpc("vpc-0management"));
        server.Estate.Account(Member).Region("eu-west-1").Ec2().Vpcs.Add(new StubVpc("vpc-0member"));
        using var ec2 = Ec2(server.Estate.Account(Member).Credentials);

        var vpcs = await ec2.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Equal("vpc-0member", Assert.Single(vpcs.Vpcs).VpcId);
        Assert.Equal(Member, vpcs.Vpcs[0].OwnerId);
    }

    [Fact]
    public async Task Get_caller_identity_names_the_keys_account()
    {
        using var sts = Sts(server.Estate.Account(Management).Credentials);

        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.Equal(Management, identity.Account);
        Assert.Equal($"arn:aws:iam::{Management}:user/stub", identity.Arn);
        Assert.Equal("sts", server.Requests.Single().Service);
    }

    [Fact]
    public async Task An_assumed_role_session_acts_in_the_roles_account()
    {
        server.Estate.Account(Management);
        server.Estate.Account(Member).AllowRole("OrganizationAccountAccessRole", Management);
        server.Estate.Account(Member).Region("eu-central-1");
        using var sts = Sts(server.Estate.Account(Management).Credentials);

        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = $"arn:aws:iam::{Member}:role/OrganizationAccountAccessRole",
            RoleSessionName = "inventory",
        });
        var session = new SessionAWSCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken);
        using var memberSts = Sts(session);
        var identity = await memberSts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        using var memberEc2 = Ec2(session, "eu-central-1");
        var regions = await memberEc2.DescribeRegionsAsync(new DescribeRegionsRequest());

        Assert.StartsWith("ASIA", assumed.Credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal(Member, identity.Account);
        Assert.Equal($"arn:aws:sts::{Member}:assumed-role/OrganizationAccountAccessRole/inventory", identity.Arn);
        Assert.Equal(["eu-central-1"], regions.Regions.Select(r => r.RegionName));
        Assert.Equal(Member, server.RequestsFor("ec2", "DescribeRegions").Single().AccountId);
    }

    [Theory]
    [InlineData("OtherRole", null)]
    [InlineData("OrganizationAccountAccessRole", "wrong-external-id")]
    public async Task Assume_role_is_denied_unless_the_estate_allows_it(string roleName, string? externalId)
    {
        server.Estate.Account(Management);
        server.Estate.Account(Member).AllowRole("OrganizationAccountAccessRole", Management, externalId: "expected-id");
        using var sts = Sts(server.Estate.Account(Management).Credentials);

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = $"arn:aws:iam::{Member}:role/{roleName}",
            RoleSessionName = "inventory",
            ExternalId = externalId,
        }));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task A_session_without_its_token_is_refused()
    {
        server.Estate.Account(Management);
        server.Estate.Account(Member).AllowRole("Audit", Management);
        using var sts = Sts(server.Estate.Account(Management).Credentials);
        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = $"arn:aws:iam::{Member}:role/Audit", RoleSessionName = "session" });
        using var ec2 = Ec2(new BasicAWSCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeRegionsAsync(new DescribeRegionsRequest()));

        Assert.Equal("AuthFailure", error.ErrorCode);
    }

    [Fact]
    public async Task Describe_regions_lists_enabled_regions_and_with_all_regions_the_disabled_ones()
    {
        var account = server.Estate.Account(Management);
        account.Region("eu-west-1");
        account.Region("us-east-1");
        account.DisableRegion("ap-east-1");
        using var ec2 = Ec2(account.Credentials, "us-east-1");

        var enabled = await ec2.DescribeRegionsAsync(new DescribeRegionsRequest());
        var all = await ec2.DescribeRegionsAsync(new DescribeRegionsRequest { AllRegions = true });

        Assert.Equal(["eu-west-1", "us-east-1"], enabled.Regions.Select(r => r.RegionName));
        Assert.Equal(
            ["eu-west-1:opt-in-not-required", "us-east-1:opt-in-not-required", "ap-east-1:not-opted-in"],
            all.Regions.Select(r => $"{r.RegionName}:{r.OptInStatus}"));
    }

    [Fact]
    public async Task A_call_into_a_region_the_account_has_not_enabled_fails_authentication()
    {
        var account = server.Estate.Account(Management);
        account.DisableRegion("ap-east-1");
        using var ec2 = Ec2(account.Credentials, "ap-east-1");

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeVpcsAsync(new DescribeVpcsRequest()));

        Assert.Equal("AuthFailure", error.ErrorCode);
    }

    [Fact]
    public async Task Faults_answer_the_next_calls_of_one_action_then_stop()
    {
        var account = server.Estate.Account(Management);
        account.Region("eu-west-1");
        server.Faults.Add("ec2", "DescribeRegions", "InternalError", 500, times: 2, message: "try later");
        using var ec2 = Ec2(account.Credentials);

        var first = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeRegionsAsync(new DescribeRegionsRequest()));
        var vpcs = await ec2.DescribeVpcsAsync(new DescribeVpcsRequest());
        await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeRegionsAsync(new DescribeRegionsRequest()));
        var third = await ec2.DescribeRegionsAsync(new DescribeRegionsRequest());

        Assert.Equal("InternalError", first.ErrorCode);
        Assert.Equal("try later", first.Message);
        Assert.NotNull(vpcs);
        Assert.Equal(["eu-west-1"], third.Regions.Select(r => r.RegionName));
        Assert.Equal([500, 500, 200], server.RequestsFor("ec2", "DescribeRegions").Select(r => r.Status));
    }

    [Fact]
    public async Task Faults_can_be_limited_to_one_account_and_region()
    {
        server.Estate.Account(Management).Region("eu-west-1");
        server.Estate.Account(Member).Region("eu-west-1");
        server.Faults.Add("ec2", "DescribeVpcs", "UnauthorizedOperation", 403, times: int.MaxValue, accountId: Member, region: "eu-west-1");
        using var management = Ec2(server.Estate.Account(Management).Credentials);
        using var member = Ec2(server.Estate.Account(Member).Credentials);
        using var memberElsewhere = Ec2(server.Estate.Account(Member).Credentials, "us-east-1");

        await management.DescribeVpcsAsync(new DescribeVpcsRequest());
        await memberElsewhere.DescribeVpcsAsync(new DescribeVpcsRequest());
        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => member.DescribeVpcsAsync(new DescribeVpcsRequest()));

        Assert.Equal("UnauthorizedOperation", error.ErrorCode);
    }

    [Fact]
    public async Task Lists_are_cut_into_pages_of_the_stubs_size_whatever_the_caller_asks()
    {
        var ec2Estate = server.Estate.Account(Management).Region("eu-west-1").Ec2();
        for (var i = 0; i < 5; i++)
            ec2Estate.Vpcs.Add(new StubVpc($"vpc-0{i}"));
        server.PageSize = 3;
        using var ec2 = Ec2(server.Estate.Account(Management).Credentials);

        var first = await ec2.DescribeVpcsAsync(new DescribeVpcsRequest { MaxResults = 1000 });
        var second = await ec2.DescribeVpcsAsync(new DescribeVpcsRequest { MaxResults = 1000, NextToken = first.NextToken });
        var small = await ec2.DescribeVpcsAsync(new DescribeVpcsRequest { MaxResults = 5 });

        Assert.Equal(["vpc-00", "vpc-01", "vpc-02"], first.Vpcs.Select(v => v.VpcId));
        Assert.Equal(["vpc-03", "vpc-04"], second.Vpcs.Select(v => v.VpcId));
        Assert.Null(second.NextToken);
        Assert.Equal(3, small.Vpcs.Count);
    }

    [Fact]
    public async Task A_page_size_ec2_would_reject_is_rejected()
    {
        server.Estate.Account(Management).Region("eu-west-1");
        using var ec2 = Ec2(server.Estate.Account(Management).Credentials);

        // Computed, so the SDK's analyzer lets the invalid value through to the server.
        var tooMany = int.Parse("1000", System.Globalization.CultureInfo.InvariantCulture);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { MaxResults = tooMany }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task Every_request_is_recorded_with_service_action_region_account_and_headers()
    {
        server.Estate.Account(Management).Region("eu-west-1");
        using var ec2 = Ec2(server.Estate.Account(Management).Credentials);

        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest { MaxResults = 5 });

        var recorded = Assert.Single(server.Requests);
        Assert.Equal(("ec2", "DescribeVpcs", "eu-west-1", Management), (recorded.Service, recorded.Action, recorded.Region, recorded.AccountId));
        Assert.Equal("POST", recorded.Method);
        Assert.Equal("5", recorded.Parameters["MaxResults"]);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIASTUB" + Management, recorded.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal(200, recorded.Status);
    }
}
