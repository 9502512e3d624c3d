using Inventory.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Inventory.Benchmarks.Instances;

/// <summary>One instance of the product as a replica runs it, sharing the projections with the others on its schema.</summary>
internal sealed class ProjectionInstance(WebApplication app) : IAsyncDisposable
{
    public static async Task<ProjectionInstance> StartAsync(string connectionString, string schema)
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Inventory"] = connectionString,
            ["Inventory:Schema"] = schema,
            [BenchKeys.Setting.Key] = BenchKeys.Setting.Value,
            ["Inventory:Scheduling:Enabled"] = "false",
            ["Inventory:Cluster:ShareProjections"] = "true",
            // The cluster test's timings: assignments settle in seconds, not the production half minute.
            ["Inventory:Cluster:HealthCheckInterval"] = "00:00:01",
            ["Inventory:Cluster:StaleNodeTimeout"] = "00:00:05",
            // A configured password keeps the first start from printing a generated one.
            ["Inventory:Access:Superadmin:Password"] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddInventory();
        var app = builder.Build();
        app.UseInventory();
        await app.StartAsync();
        return new ProjectionInstance(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
