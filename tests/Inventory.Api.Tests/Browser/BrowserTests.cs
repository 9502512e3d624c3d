namespace Inventory.Api.Tests.Browser;

/// <summary>
/// The UI in real headless Chromium against the real API and PostgreSQL with a discovered estate. Each test runs one script
/// of ui/e2e, which checks what the pages show against what the API answers, and saves a screenshot of each page it visits.
/// </summary>
public sealed class BrowserTests(BrowserEstate estate) : IClassFixture<BrowserEstate>
{
    [Fact]
    public async Task Sign_in_dashboard_numbers_filters_and_exports_match_the_api()
    {
        await RunAsync("estate", new Dictionary<string, string>
        {
            ["E2E_ACCOUNT"] = BrowserEstate.AccountId,
            ["E2E_REGION"] = BrowserEstate.OtherRegion,
        });
    }

    [Fact]
    public async Task An_assets_timeline_shows_a_change_field_by_field_and_the_as_of_view_shows_it_as_it_was()
    {
        estate.ChangeInstance();
        await estate.DiscoverAsync();

        await RunAsync("history", new Dictionary<string, string>
        {
            ["E2E_RESOURCE_ID"] = BrowserEstate.ChangingInstance,
        });
    }

    private async Task RunAsync(string suite, Dictionary<string, string> settings)
    {
        var result = await NodeSuite.RunAsync(suite, estate.Url, settings);
        Assert.True(result.ExitCode == 0, $"ui/e2e/{suite}.mjs failed:\n{result}\n--- API output\n{estate.ApiOutput}");
    }
}
