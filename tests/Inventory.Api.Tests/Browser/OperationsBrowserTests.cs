namespace Inventory.Api.Tests.Browser;

/// <summary>
/// Running the estate from the UI in real headless Chromium against the real API and PostgreSQL: discovery started and followed
/// from its page, accounts registered through the form, and the audit, graph and administration pages, each checked against the API.
/// </summary>
public sealed class OperationsBrowserTests(BrowserEstate estate) : IClassFixture<BrowserEstate>
{
    /// <summary>An account id no other test registers; the form registers it as a member of the estate's account.</summary>
    private const string NewAccount = "520000000099";

    [Fact]
    public async Task A_discovery_started_in_the_ui_finishes_with_the_apis_counts_and_an_account_registers_through_the_form()
    {
        // A change in AWS since the fixture's discovery, for the dry run to preview and the real run to record.
        estate.ChangeInstance();
        var result = await NodeSuite.RunAsync("operations", estate.Url, new Dictionary<string, string>
        {
            ["E2E_ACCOUNT"] = BrowserEstate.AccountId,
            ["E2E_NEW_ACCOUNT"] = NewAccount,
        });
        Assert.True(result.ExitCode == 0, $"ui/e2e/operations.mjs failed:\n{result}\n--- API output\n{estate.ApiOutput}");
    }

    [Fact]
    public async Task An_admin_creates_a_read_only_user_who_then_sees_no_control_to_change_anything()
    {
        var result = await NodeSuite.RunAsync("people", estate.Url, new Dictionary<string, string>
        {
            ["E2E_READER"] = "reader-e2e",
            ["E2E_READER_PASSWORD"] = "Reader-e2e-password-1",
        });
        Assert.True(result.ExitCode == 0, $"ui/e2e/people.mjs failed:\n{result}\n--- API output\n{estate.ApiOutput}");
    }
}
