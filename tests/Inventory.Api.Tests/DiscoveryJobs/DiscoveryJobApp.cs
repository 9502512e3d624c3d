using Alba;
using Inventory.Api.Tests.Harness;
using Inventory.StubAws.Core;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>The real host against a stub AWS, as StubAwsApp, plus a way to start a job and wait for all its messages and projections.</summary>
public sealed class DiscoveryJobApp : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private string _connectionString = "";

    public string Schema { get; } = "test_" + Guid.NewGuid().ToString("N")[..12];
    public StubAwsServer Aws { get; private set; } = null!;
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

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

    /// <summary>Registers an account with its stub access key, scanned in one region only.</summary>
    public Task RegisterAsync(string accountId, string region)
    {
        var key = Aws.Estate.Account(accountId).Key;
        return Host.PostAsync("/api/accounts", new
        {
            accountId, displayName = "Jobs " + accountId, kind = "management", environment = "shared", regions = new[] { region },
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
        }, 201);
    }

    /// <summary>POSTs a job and returns once every message it caused is handled and the async projections caught up.</summary>
    public async Task<string> StartAndWaitAsync(object body)
    {
        var text = "";
        await Host.TrackActivity()
            .Timeout(Timeout)
            .WaitForNonStaleDaemonDataAfterExecution(Timeout)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => text = await Host.PostAsync("/api/discovery-jobs", body, 202)));
        return text;
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
