using Inventory.Api.Tests.Scheduling;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Settings;

/// <summary>The discovery interval an administrator saves is the one the hourly check goes by, over the deployment's default.</summary>
public sealed class DiscoveryIntervalSettingTests(SchedulingApp app) : IClassFixture<SchedulingApp>
{
    [Fact]
    public async Task A_disabled_interval_in_the_settings_stops_scheduled_discovery_that_the_deployment_default_would_start()
    {
        await app.RegisterAsync("633333333333", "eu-west-1");
        await app.Host.PutAsync("/api/admin/settings", new { discoveryInterval = "Disabled" }, 200);

        await app.RunCheckAsync(DateTimeOffset.UtcNow.AddHours(-1));

        Assert.Empty(await app.JobsAsync());
        Assert.Null(Assert.Single(await app.ChecksAsync()).StartedJobId);
        Assert.Equal("Disabled", Json(await app.Host.GetTextAsync("/api/dashboard")).GetProperty("discovery").GetProperty("scheduling").GetString());
    }
}
