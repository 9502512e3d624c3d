using Alba;
using Inventory.Api.Scans;
using Inventory.Domain.Reconciliation;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine.Marten;
using Wolverine.Tracking;

namespace Inventory.Api.Tests.Harness;

/// <summary>
/// The real host (Marten, Wolverine, HTTP) on the real database, in schemas of its own that are dropped afterwards.
/// One per test class, so classes run in parallel without seeing each other's data.
/// </summary>
public class InventoryApp : IAsyncLifetime
{
    private static readonly TimeSpan ProjectionTimeout = TimeSpan.FromSeconds(60);
    private string _connectionString = "";

    public string Schema { get; } = "test_" + Guid.NewGuid().ToString("N")[..12];
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public virtual async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.ConnectionStringAsync();
        Host = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", _connectionString);
            web.UseSetting("Inventory:Schema", Schema);
            // An hour boundary during a run must not start work a test did not ask for; scheduling tests turn it on.
            web.UseSetting("Inventory:Scheduling:Enabled", "false");
            Configure(web);
        });
    }

    /// <summary>Settings a fixture adds to the host's own.</summary>
    protected virtual void Configure(IWebHostBuilder web)
    {
    }

    /// <summary>Records a scope's scan through the Wolverine command and waits until the async projections have caught up.</summary>
    public async Task<ScopeScanRecorded> RecordAsync(ScopeScan scan)
    {
        var (_, recorded) = await Host.TrackActivity()
            .Timeout(ProjectionTimeout)
            .WaitForNonStaleDaemonDataAfterExecution(ProjectionTimeout)
            .InvokeAndWaitAsync<ScopeScanRecorded>(new RecordScopeScan(scan));
        return recorded ?? throw new InvalidOperationException("The scan recorded no result.");
    }

    /// <summary>Runs a request and returns once the async projections have caught up with what it appended.</summary>
    public async Task<T> AfterAsync<T>(Func<Task<T>> request)
    {
        var result = default(T)!;
        await Host.TrackActivity()
            .Timeout(ProjectionTimeout)
            .WaitForNonStaleDaemonDataAfterExecution(ProjectionTimeout)
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => result = await request()));
        return result;
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE; DROP SCHEMA IF EXISTS {Schema}_messages CASCADE;", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
