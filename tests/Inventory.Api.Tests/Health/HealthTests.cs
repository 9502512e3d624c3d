using Alba;
using Inventory.Api.Health;
using Inventory.Api.Tests.Harness;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inventory.Api.Tests.Health;

public sealed class HealthTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_host_reports_healthy(string url)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal("Healthy", await result.ReadAsTextAsync());
    }

    [Fact]
    public async Task Ready_is_unhealthy_when_the_database_does_not_answer()
    {
        // Port 1 on loopback refuses at once: a database that is down.
        using var store = DocumentStore.For("Host=127.0.0.1;Port=1;Username=x;Password=x;Database=x;Timeout=2");
        var check = new DatabaseHealthCheck(store);
        var result = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("unreachable", result.Description);
    }
}
