using Alba;
using Inventory.Api.Tests.Harness;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Inventory.Api.Tests.Accounts.Connection;

/// <summary>
/// The real host pointed at a stub AWS on loopback through Inventory:Aws:EndpointUrl, in schemas of its own dropped afterwards.
/// One per test class; tests use distinct account ids, so they share the estate without seeing each other.
/// </summary>
public sealed class StubAwsApp : IAsyncLifetime
{
    private string _connectionString = "";

    public string Schema { get; } = "test_" + Guid.NewGuid().ToString("N")[..12];
    public StubAwsServer Aws { get; private set; } = null!;
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Aws = await StubAwsServer.StartAsync();
        _connectionString = await TestDatabase.ConnectionStringAsync();
        Host = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", _connectionString);
            web.UseSetting("Inventory:Schema", Schema);
            web.UseSetting("Inventory:Aws:EndpointUrl", Aws.Url);
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Aws.DisposeAsync();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE; DROP SCHEMA IF EXISTS {Schema}_messages CASCADE;", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
