using System.Text.Json;

namespace Inventory.Api.Tests.Costs;

/// <summary>A refresh that reaches its time limit stops the fetch still waiting on Cost Explorer and records it as timed out.</summary>
public sealed class CostTimeLimitTests(ShortCostLimitApp app) : IClassFixture<ShortCostLimitApp>
{
    [Fact]
    public async Task A_stalled_management_account_times_out_keeping_its_figures_while_the_other_is_refreshed()
    {
        const string slow = "952000000000", quick = "952000000100";
        await app.RegisterManagementAsync(slow);
        await app.RegisterManagementAsync(quick);
        var (last, now) = (CostsApp.Window.LastMonth, CostsApp.Window.ThisMonth);
        app.Bill(slow).Add(last, slow, "AWS Lambda", 8m);
        app.Bill(quick).Add(now, quick, "AWS Lambda", 1m);
        await app.RefreshAsync(new { accountId = slow });

        var stall = app.Aws.Stalls.Add("ce", "GetCostAndUsage", slow);
        app.Bill(quick).Add(now, quick, "AWS Lambda", 2m);
        var asked = DateTimeOffset.UtcNow;
        var (accepted, _) = await app.RefreshAsync();

        await stall.Abandoned;
        var costs = await app.CostsAsync();
        var stalled = costs[slow];
        Assert.Equal(8m, stalled.GetProperty("lastMonth").GetProperty("total").GetDecimal());
        var error = stalled.GetProperty("lastError");
        Assert.Equal("TimeLimitExceeded", error.GetProperty("errorCode").GetString());
        Assert.Equal("Cost Explorer did not answer within the refresh's time limit of 2 seconds.", error.GetProperty("message").GetString());
        Assert.Equal(accepted.GetProperty("refreshId").GetGuid(), stalled.GetProperty("lastRefreshId").GetGuid());
        Assert.InRange(error.GetProperty("at").GetDateTimeOffset() - asked, ShortCostLimitApp.TimeLimit, ShortCostLimitApp.TimeLimit + TimeSpan.FromSeconds(60));

        var refreshed = costs[quick];
        Assert.Equal(JsonValueKind.Null, refreshed.GetProperty("lastError").ValueKind);
        Assert.Equal(3m, refreshed.GetProperty("thisMonth").GetProperty("total").GetDecimal());
    }
}
