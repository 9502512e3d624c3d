using Inventory.Api.Tests.Harness;
using System.Text.Json;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Accounts.Connection;

/// <summary>POST /api/accounts/{id}/test-connection against the stub AWS: identities on success, AWS's exact error otherwise.</summary>
public sealed class TestConnectionTests(StubAwsApp app) : IClassFixture<StubAwsApp>
{
    private const string Role = "OrganizationAccountAccessRole";
    private const string MemberExternalId = "connection-external-id";

    /// <summary>Registers a management account with the stub's key for it; the stub's secret unless told otherwise.</summary>
    private async Task<string> RegisterManagementAsync(string id, string? secret = null)
    {
        var key = app.Aws.Estate.Account(id).Key;
        await app.Host.PostAsync("/api/accounts", new
        {
            accountId = id, displayName = "Root " + id, kind = "management", environment = "shared", regions = new[] { "eu-west-1" },
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = secret ?? key.SecretAccessKey },
        }, 201);
        return key.SecretAccessKey;
    }

    private Task RegisterMemberAsync(string id, string managementId) =>
        app.Host.PostAsync("/api/accounts", new
        {
            accountId = id, displayName = "Workload " + id, kind = "member", environment = "development", regions = Array.Empty<string>(),
            credentials = new { type = "assumeRole", managementAccountId = managementId, externalId = MemberExternalId },
        }, 201);

    private async Task<(JsonElement json, string text)> TestAsync(string id)
    {
        var text = await app.Host.PostAsync($"/api/accounts/{id}/test-connection", null, 200);
        return (Json(text), text);
    }

    [Fact]
    public async Task A_management_account_with_its_access_key_answers_its_identity()
    {
        var secret = await RegisterManagementAsync("300000000001");

        var (json, text) = await TestAsync("300000000001");

        Assert.True(json.GetProperty("ok").GetBoolean(), text);
        Assert.Equal("300000000001", json.GetProperty("account").GetString());
        Assert.Equal("arn:aws:iam::300000000001:user/stub", json.GetProperty("arn").GetString());
        Assert.Equal("AIDASTUB300000000001", json.GetProperty("userId").GetString());
        Assert.DoesNotContain(secret, text);
        Assert.Single(app.Aws.RequestsFor("sts", "GetCallerIdentity"), r => r.AccountId == "300000000001" && r.Status == 200);
    }

    [Fact]
    public async Task A_wrong_secret_is_a_result_with_the_signature_error()
    {
        await RegisterManagementAsync("300000000011", secret: "not-the-secret-for-this-key");

        var (json, text) = await TestAsync("300000000011");

        Assert.False(json.GetProperty("ok").GetBoolean(), text);
        Assert.Equal("SignatureDoesNotMatch", json.GetProperty("errorCode").GetString());
        Assert.Contains("signature", json.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("not-the-secret-for-this-key", text);
    }

    [Fact]
    public async Task A_member_whose_role_is_allowed_answers_as_the_member_through_its_management_account()
    {
        await RegisterManagementAsync("300000000021");
        app.Aws.Estate.Account("300000000022").AllowRole(Role, "300000000021", MemberExternalId);
        await RegisterMemberAsync("300000000022", "300000000021");

        var (json, text) = await TestAsync("300000000022");

        Assert.True(json.GetProperty("ok").GetBoolean(), text);
        Assert.Equal("300000000022", json.GetProperty("account").GetString());
        Assert.Equal($"arn:aws:sts::300000000022:assumed-role/{Role}/inventory-300000000022", json.GetProperty("arn").GetString());
        Assert.DoesNotContain(MemberExternalId, text);
    }

    [Fact]
    public async Task A_member_whose_role_is_not_allowed_gets_access_denied()
    {
        await RegisterManagementAsync("300000000031");
        app.Aws.Estate.Account("300000000032");
        await RegisterMemberAsync("300000000032", "300000000031");

        var (json, text) = await TestAsync("300000000032");

        Assert.False(json.GetProperty("ok").GetBoolean(), text);
        Assert.Equal("AccessDenied", json.GetProperty("errorCode").GetString());
        Assert.Equal(
            "User: arn:aws:iam::300000000031:user/stub is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::300000000032:role/" + Role,
            json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_account_is_404()
    {
        await app.Host.PostAsync("/api/accounts/399999999999/test-connection", null, 404);
    }
}
