using Inventory.Api.Secrets;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Accounts;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Accounts;

/// <summary>The accounts API end to end: secrets go in, never come out, and are stored only as ciphertext.</summary>
public sealed class AccountApiTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    private AccountSecrets Secrets => app.Host.Services.GetRequiredService<AccountSecrets>();

    private async Task<AccountView> ViewAsync(string accountId)
    {
        await using var session = app.Store.QuerySession();
        return (await session.LoadAsync<AccountView>(AccountStreams.Key(accountId)))!;
    }

    [Fact]
    public async Task Registered_accounts_are_listed_and_read_without_their_secrets()
    {
        var created = await app.Host.PostAsync("/api/accounts", Management("100000000001"), 201);
        var member = await app.Host.PostAsync("/api/accounts", Member("100000000002", "100000000001"), 201);
        var list = await app.Host.GetTextAsync("/api/accounts");
        var one = await app.Host.GetTextAsync("/api/accounts/100000000001");
        var other = await app.Host.GetTextAsync("/api/accounts/100000000002");

        foreach (var body in new[] { created, member, list, one, other })
        {
            Assert.DoesNotContain(SecretAccessKey, body);
            Assert.DoesNotContain(ExternalId, body);
        }
        var management = Json(one);
        Assert.Equal("management", management.GetProperty("kind").GetString());
        Assert.Equal("accessKey", management.GetProperty("credentials").GetProperty("type").GetString());
        Assert.True(management.GetProperty("credentials").GetProperty("hasSecretAccessKey").GetBoolean());
        Assert.True(management.GetProperty("active").GetBoolean());
        var assumed = Json(other).GetProperty("credentials");
        Assert.Equal("OrganizationAccountAccessRole", assumed.GetProperty("roleName").GetString());
        Assert.True(assumed.GetProperty("hasExternalId").GetBoolean());
        Assert.Contains(Json(list).GetProperty("items").EnumerateArray(), a => a.GetProperty("accountId").GetString() == "100000000002");
    }

    [Fact]
    public async Task Events_and_documents_hold_ciphertext_that_decrypts_to_the_secret()
    {
        await app.Host.PostAsync("/api/accounts", Management("100000000011"), 201);
        await app.Host.PostAsync("/api/accounts", Member("100000000012", "100000000011"), 201);

        var events = (await RawEventsAsync(app.Schema, "100000000011")).Concat(await RawEventsAsync(app.Schema, "100000000012")).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.DoesNotContain(SecretAccessKey, e));
        Assert.All(events, e => Assert.DoesNotContain(ExternalId, e));
        Assert.Contains("\"id\": \"alice\"", events[0]);

        var management = await ViewAsync("100000000011");
        Assert.NotEqual(SecretAccessKey, management.Credentials.ProtectedSecretAccessKey);
        Assert.Equal(SecretAccessKey, Secrets.Reveal(management.Credentials.ProtectedSecretAccessKey!));
        Assert.Equal(ExternalId, Secrets.Reveal((await ViewAsync("100000000012")).Credentials.ProtectedExternalId!));
    }

    [Fact]
    public async Task An_edit_without_a_secret_keeps_it_and_one_with_a_secret_replaces_it()
    {
        await app.Host.PostAsync("/api/accounts", Management("100000000021"), 201);
        var before = (await ViewAsync("100000000021")).Credentials.ProtectedSecretAccessKey;

        var edited = Json(await app.Host.PutAsync("/api/accounts/100000000021", new
        {
            displayName = "Renamed", regions = new[] { "eu-central-1" },
            credentials = new { type = "accessKey", accessKeyId = "AKIAIOSFODNN7EXAMPLE" },
        }, 200));
        Assert.Equal("Renamed", edited.GetProperty("displayName").GetString());
        Assert.Equal("shared", edited.GetProperty("environment").GetString());
        Assert.Equal(before, (await ViewAsync("100000000021")).Credentials.ProtectedSecretAccessKey);

        await app.Host.PutAsync("/api/accounts/100000000021", new
        {
            credentials = new { type = "accessKey", accessKeyId = "AKIAIOSFODNN7EXAMPLE", secretAccessKey = "replacement-secret" },
        }, 200);
        Assert.Equal("replacement-secret", Secrets.Reveal((await ViewAsync("100000000021")).Credentials.ProtectedSecretAccessKey!));
        var types = (await RawEventsAsync(app.Schema, "100000000021")).Select(e => e.Split(' ')[0]).ToList();
        Assert.Equal(["account_registered", "account_edited", "account_credentials_changed"], types);
    }

    [Fact]
    public async Task Accounts_are_deactivated_and_reactivated()
    {
        await app.Host.PostAsync("/api/accounts", Management("100000000031"), 201);
        Assert.False(Json(await app.Host.PostAsync("/api/accounts/100000000031/deactivate", null, 200)).GetProperty("active").GetBoolean());
        Assert.False(Json(await app.Host.GetTextAsync("/api/accounts/100000000031")).GetProperty("active").GetBoolean());
        Assert.True(Json(await app.Host.PostAsync("/api/accounts/100000000031/reactivate", null, 200)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Removal_requires_the_assets_choice_and_no_remaining_members()
    {
        await app.Host.PostAsync("/api/accounts", Management("100000000041"), 201);
        await app.Host.PostAsync("/api/accounts", Member("100000000042", "100000000041"), 201);

        Assert.True(Json(await app.Host.DeleteAsync("/api/accounts/100000000042", 400)).GetProperty("errors").TryGetProperty("markAssetsGone", out _));
        await app.Host.DeleteAsync("/api/accounts/100000000042?markAssetsGone=maybe", 400);
        var conflict = Json(await app.Host.DeleteAsync("/api/accounts/100000000041?markAssetsGone=true", 409));
        Assert.Equal("100000000041", conflict.GetProperty("accountId").GetString());

        await app.Host.DeleteAsync("/api/accounts/100000000042?markAssetsGone=false", 204);
        await app.Host.GetTextAsync("/api/accounts/100000000042", 404);
        Assert.Contains("\"markAssetsGone\": false", (await RawEventsAsync(app.Schema, "100000000042")).Last());
        await app.Host.DeleteAsync("/api/accounts/100000000041?markAssetsGone=true", 204);
    }

    [Fact]
    public async Task Invalid_fields_are_a_400_naming_each_field()
    {
        var problem = Json(await app.Host.PostAsync("/api/accounts", new
        {
            accountId = "12345", displayName = "", kind = "boss", environment = "prod", regions = new[] { "Europe" },
            credentials = new { type = "assumeRole", managementAccountId = "999999999999" },
        }, 400));
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "accountId", "displayName", "kind", "environment", "regions[0]", "credentials.managementAccountId" })
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}");
    }

    [Fact]
    public async Task Assume_role_through_a_member_account_is_refused()
    {
        await app.Host.PostAsync("/api/accounts", Management("100000000051"), 201);
        await app.Host.PostAsync("/api/accounts", Member("100000000052", "100000000051"), 201);
        var errors = Json(await app.Host.PostAsync("/api/accounts", Member("100000000053", "100000000052"), 400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("credentials.managementAccountId", out _));
    }

    [Fact]
    public async Task Unknown_accounts_are_404_problems()
    {
        Assert.Contains("100000000099", Json(await app.Host.GetTextAsync("/api/accounts/100000000099", 404)).GetProperty("detail").GetString());
        await app.Host.PutAsync("/api/accounts/100000000099", new { displayName = "x" }, 404);
        await app.Host.PostAsync("/api/accounts/100000000099/deactivate", null, 404);
        await app.Host.PostAsync("/api/accounts/100000000099/reactivate", null, 404);
        await app.Host.DeleteAsync("/api/accounts/100000000099?markAssetsGone=false", 404);
    }

    [Fact]
    public async Task Registering_an_account_twice_is_a_409_naming_it()
    {
        await app.Host.PostAsync("/api/accounts", Management("100000000061"), 201);
        var problem = Json(await app.Host.PostAsync("/api/accounts", Management("100000000061", secret: "other"), 409));
        Assert.Equal("100000000061", problem.GetProperty("accountId").GetString());
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
    }
}
