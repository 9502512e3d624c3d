using Inventory.Api.Hosting;
using Inventory.Api.Scans;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine;

namespace Inventory.Benchmarks;

/// <summary>The product as it runs: a started host built with AddInventory/UseInventory, in its own schema, without the async daemon.</summary>
internal sealed class StartedInventory(WebApplication app, string connectionString, string schema) : IAsyncDisposable
{
    public string Schema => schema;

    /// <summary>Where the started host listens (a free loopback port).</summary>
    public string BaseAddress => app.Urls.First();
    public IDocumentStore Store => app.Services.GetRequiredService<IDocumentStore>();

    public static async Task<StartedInventory> StartAsync(string connectionString, string schema)
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Inventory"] = connectionString,
            ["Inventory:Schema"] = schema,
            [BenchKeys.Setting.Key] = BenchKeys.Setting.Value,
            ["Inventory:RunProjections"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddInventory();
        var app = builder.Build();
        app.UseInventory();
        await app.StartAsync();
        return new StartedInventory(app, connectionString, schema);
    }

    public async Task<ScopeScanRecorded> RecordAsync(ScopeScan scan) =>
        await app.Services.GetRequiredService<IMessageBus>()
            .InvokeAsync<ScopeScanRecorded>(new RecordScopeScan(scan), CancellationToken.None, TimeSpan.FromHours(1));

    /// <summary>Rows of mt_events by event type name.</summary>
    public async Task<Dictionary<string, long>> EventCountsAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT type, count(*) FROM {schema}.mt_events GROUP BY type", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
            counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    public async Task<int> AssetViewCountAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Query<AssetView>().CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; DROP SCHEMA IF EXISTS {schema}_messages CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
