using System.Text.Json;
using Inventory.Api.Tests.Harness;
using Inventory.StubAws.Services.Organizations;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Accounts.Import;

/// <summary>POST /api/accounts/{id}/import-members against the stub Organizations, every page of ListAccounts crossed.</summary>
public sealed class ImportMembersTests(StubAwsApp app) : IClassFixture<StubAwsApp>
{
    /// <summary>Registers a management account with the stub's key for it.</summary>
    private Task RegisterManagementAsync(string id)
    {
        var key = app.Aws.Estate.Account(id).Key;
        return app.Host.PostAsync("/api/accounts", new
        {
            accountId = id, displayName = "Root " + id, kind = "management", environment = "staging", regions = new[] { "eu-west-1" },
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
        }, 201);
    }

    private async Task<JsonElement> ImportAsync(string id, object? body = null, int status = 200) =>
        Json(await app.Host.PostAsync($"/api/accounts/{id}/import-members", body, status));

    private static List<(string? Id, string? Reason, string? Status)> Skipped(JsonElement result) =>
        result.GetProperty("skipped").EnumerateArray()
            .Select(s => (s.GetProperty("accountId").GetString(), s.GetProperty("reason").GetString(), s.GetProperty("status").GetString()))
            .ToList();

    private static List<string?> Imported(JsonElement result) =>
        result.GetProperty("imported").EnumerateArray().Select(a => a.GetProperty("accountId").GetString()).ToList();

    [Fact]
    public async Task Every_active_account_but_the_management_account_is_registered_as_its_member_across_every_page()
    {
        await RegisterManagementAsync("700000000000");
        var organization = app.Aws.Estate.Account("700000000000").CreateOrganization();
        organization.Add("700000000001", "Payments prod");
        organization.Add("700000000002", "Payments staging");
        organization.Add("700000000003", "Old sandbox", "SUSPENDED");
        organization.Add("700000000004", "Closing", "PENDING_CLOSURE");
        organization.Add("700000000005", "Data lake");

        var result = await ImportAsync("700000000000");

        Assert.Equal(["700000000001", "700000000002", "700000000005"], Imported(result));
        Assert.Equal(
            [("700000000000", "managementAccount", "ACTIVE"), ("700000000003", "notActive", "SUSPENDED"), ("700000000004", "notActive", "PENDING_CLOSURE")],
            Skipped(result));
        var member = Json(await app.Host.GetTextAsync("/api/accounts/700000000001"));
        Assert.Equal("Payments prod", member.GetProperty("displayName").GetString());
        Assert.Equal("member", member.GetProperty("kind").GetString());
        Assert.Equal("staging", member.GetProperty("environment").GetString());
        Assert.Empty(member.GetProperty("regions").EnumerateArray());
        var credentials = member.GetProperty("credentials");
        Assert.Equal("assumeRole", credentials.GetProperty("type").GetString());
        Assert.Equal("700000000000", credentials.GetProperty("managementAccountId").GetString());
        Assert.Equal("OrganizationAccountAccessRole", credentials.GetProperty("roleName").GetString());
        Assert.False(credentials.GetProperty("hasExternalId").GetBoolean());

        // Six accounts at the stub's two a page: three pages, each signed for us-east-1 by the management account's key.
        var calls = app.Aws.RequestsFor("organizations", "ListAccounts");
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.Equal((200, "us-east-1", "700000000000"), (c.Status, c.Region, c.AccountId)));

        // The same event the register-account endpoint appends, caused by the user who imported.
        var events = await RawEventsAsync(app.Schema, "700000000005");
        var registered = Assert.Single(events);
        Assert.StartsWith("account_registered ", registered);
        Assert.Contains("\"id\": \"alice\"", registered);
    }

    [Fact]
    public async Task Importing_again_registers_nothing_and_reports_every_member_as_already_registered()
    {
        await RegisterManagementAsync("700000000010");
        var organization = app.Aws.Estate.Account("700000000010").CreateOrganization();
        organization.Add("700000000011", "Web");
        organization.Add("700000000012", "Batch");
        await ImportAsync("700000000010");

        organization.Add("700000000013", "Joined later");
        var again = await ImportAsync("700000000010");

        Assert.Equal(["700000000013"], Imported(again));
        Assert.Equal(
            [("700000000010", "managementAccount", "ACTIVE"), ("700000000011", "alreadyRegistered", "ACTIVE"), ("700000000012", "alreadyRegistered", "ACTIVE")],
            Skipped(again));
        Assert.Single(await RawEventsAsync(app.Schema, "700000000011"));

        var third = await ImportAsync("700000000010");
        Assert.Empty(Imported(third));
        Assert.Equal(3, Skipped(third).Count(s => s.Reason == "alreadyRegistered"));
    }

    [Fact]
    public async Task The_options_apply_to_every_imported_member_and_the_external_id_is_never_returned()
    {
        await RegisterManagementAsync("700000000020");
        var organization = app.Aws.Estate.Account("700000000020").CreateOrganization();
        organization.Add("700000000021", "One");
        organization.Add("700000000022", "Two");
        app.Aws.Estate.Account("700000000021").AllowRole("InventoryReader", "700000000020", ExternalId);

        var text = await app.Host.PostAsync("/api/accounts/700000000020/import-members", new
        {
            environment = "production", regions = new[] { "eu-central-1" }, credentials = new { roleName = "InventoryReader", externalId = ExternalId },
        }, 200);

        Assert.DoesNotContain(ExternalId, text);
        Assert.All(Json(text).GetProperty("imported").EnumerateArray(), member =>
        {
            Assert.Equal("production", member.GetProperty("environment").GetString());
            Assert.Equal(["eu-central-1"], member.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal("InventoryReader", member.GetProperty("credentials").GetProperty("roleName").GetString());
            Assert.True(member.GetProperty("credentials").GetProperty("hasExternalId").GetBoolean());
        });
        Assert.DoesNotContain(ExternalId, Assert.Single(await RawEventsAsync(app.Schema, "700000000022")));

        // An imported member is reached like any other: the role through its management account, with the external id.
        var connection = Json(await app.Host.PostAsync("/api/accounts/700000000021/test-connection", null, 200));
        Assert.True(connection.GetProperty("ok").GetBoolean(), connection.ToString());
        Assert.Equal("700000000021", connection.GetProperty("account").GetString());
    }

    [Fact]
    public async Task Accounts_registered_otherwise_are_left_as_they_are()
    {
        await RegisterManagementAsync("700000000030");
        await RegisterManagementAsync("700000000039");
        await app.Host.PostAsync("/api/accounts", Member("700000000031", "700000000039"), 201);
        await RegisterManagementAsync("700000000032");
        var organization = app.Aws.Estate.Account("700000000030").CreateOrganization();
        organization.Add("700000000031", "Claimed by another root");
        organization.Add("700000000032", "A root itself");

        var result = await ImportAsync("700000000030");

        Assert.Empty(Imported(result));
        Assert.Equal(
            [("700000000030", "managementAccount", "ACTIVE"), ("700000000031", "registeredOtherwise", "ACTIVE"), ("700000000032", "registeredOtherwise", "ACTIVE")],
            Skipped(result));
        Assert.Equal("Already registered as a member of management account 700000000039; left as it is.",
            result.GetProperty("skipped")[1].GetProperty("detail").GetString());
        Assert.Single(await RawEventsAsync(app.Schema, "700000000031"));
    }

    [Fact]
    public async Task An_account_that_runs_no_organisation_is_a_409_with_the_aws_error_and_registers_nothing()
    {
        await RegisterManagementAsync("700000000040");

        var problem = await ImportAsync("700000000040", status: 409);

        Assert.Equal("AWSOrganizationsNotInUseException", problem.GetProperty("errorCode").GetString());
        Assert.Equal("Your account is not a member of an organization.", problem.GetProperty("message").GetString());
        Assert.Equal("700000000040", problem.GetProperty("accountId").GetString());
    }

    [Fact]
    public async Task An_aws_refusal_is_a_502_carrying_the_exact_code_and_message_and_registers_nothing()
    {
        await RegisterManagementAsync("700000000050");
        var organization = app.Aws.Estate.Account("700000000050").CreateOrganization();
        organization.Add("700000000051", "Web");
        organization.Add("700000000052", "Batch");
        app.Aws.Faults.Add("organizations", "ListAccounts", "AccessDeniedException", 400, times: 1,
            message: "You don't have permissions to access this resource.", accountId: "700000000050");

        var problem = await ImportAsync("700000000050", status: 502);

        Assert.Equal("AccessDeniedException", problem.GetProperty("errorCode").GetString());
        Assert.Equal("You don't have permissions to access this resource.", problem.GetProperty("message").GetString());
        Assert.Single(app.Aws.RequestsFor("organizations", "ListAccounts"), r => r.AccountId == "700000000050");
        await app.Host.GetTextAsync("/api/accounts/700000000051", 404);
    }

    [Fact]
    public async Task A_member_of_an_organisation_listing_it_gets_aws_access_denied()
    {
        await RegisterManagementAsync("700000000060");
        await RegisterManagementAsync("700000000061");
        app.Aws.Estate.Account("700000000060").CreateOrganization().Add("700000000061", "Member registered as a root");

        var problem = await ImportAsync("700000000061", status: 502);

        Assert.Equal("AccessDeniedException", problem.GetProperty("errorCode").GetString());
        Assert.Equal("You don't have permissions to access this resource.", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_account_is_404_a_member_account_and_bad_options_are_400s_naming_the_field()
    {
        await ImportAsync("799999999999", status: 404);

        await RegisterManagementAsync("700000000070");
        await app.Host.PostAsync("/api/accounts", Member("700000000071", "700000000070"), 201);
        var member = await ImportAsync("700000000071", status: 400);
        Assert.Equal(["managementAccountId"], member.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var bad = await ImportAsync("700000000070", new { environment = "prod", credentials = new { roleName = "no spaces allowed" } }, 400);
        Assert.Equal(["credentials.roleName", "environment"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        var malformed = await ImportAsync("700000000070", new { regions = "eu-west-1" }, 400);
        Assert.Equal(["regions"], malformed.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.DoesNotContain(app.Aws.RequestsFor("organizations", "ListAccounts"), r => r.AccountId is "700000000070" or "700000000071");
    }
}
