using System.Net.Http.Json;
using System.Text.Json;
using Inventory.Api.Tests.Harness;
using Inventory.Domain;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Ec2;
using JasperFx;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Npgsql;
using Xunit.Abstractions;

namespace Inventory.Api.Tests.Cluster;

/// <summary>
/// Two instances sharing the projections (Inventory:Cluster:ShareProjections): each runs part of them; when one is killed the
/// survivor takes its share over, and what a discovery records afterwards reaches every read model.
/// </summary>
public sealed class ProjectionShareTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Region = "eu-west-1";
    private const string Account = "720000000001";
    private const string ProjectionAgents = "event-subscriptions://%";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private readonly string schema = "test_" + Guid.NewGuid().ToString("N")[..12];
    private string connectionString = "";
    private StubAwsServer aws = null!;
    private DocumentStore store = null!;

    public async Task InitializeAsync()
    {
        connectionString = await TestDatabase.ConnectionStringAsync();
        aws = await StubAwsServer.StartAsync();
        store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            InventoryStore.Configure(options, schema);
            options.AutoCreateSchemaObjects = AutoCreate.None;
        });
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["ConnectionStrings__Inventory"] = connectionString,
        ["Inventory__Schema"] = schema,
        ["Inventory__Aws__EndpointUrl"] = aws.Url,
        ["Inventory__Scheduling__Enabled"] = "false",
        ["Inventory__Access__Superadmin__Password"] = InventoryApp.SuperadminPassword,
        ["Inventory__Cluster__ShareProjections"] = "true",
        ["Inventory__Cluster__HealthCheckInterval"] = "00:00:01",
        ["Inventory__Cluster__StaleNodeTimeout"] = "00:00:05",
    };

    [Fact]
    public async Task Two_instances_share_the_projections_and_the_survivor_takes_a_killed_one_s_share_and_catches_up()
    {
        var projections = ((IEventStore)store).RegisteredShardNames().Count;
        await using var first = await ProductProcess.StartAsync(Settings());
        await using var second = await ProductProcess.StartAsync(Settings());

        var shared = await AssignmentsAsync(a => a.Count == projections && a.Values.Distinct().Count() == 2, "both instances running a share", second);
        output.WriteLine($"shared: {Describe(shared)}");
        var startedAt = DateTimeOffset.UtcNow;
        await first.KillAsync();

        var taken = await AssignmentsAsync(a => a.Count == projections && a.Values.Distinct().Count() == 1, "one instance running every projection", second);
        var survivor = taken.Values.First();
        Assert.Contains(survivor, shared.Values);
        output.WriteLine($"the survivor ran every projection {(DateTimeOffset.UtcNow - startedAt).TotalSeconds:F1} s after the kill (stale node 5 s)");

        // What is recorded after the kill reaches every read model, the killed instance's share included.
        aws.Estate.Account(Account).Region(Region).Ec2().Instances.Add(new StubInstance("i-0d000000000000001"));
        aws.Estate.Account(Account).Region(Region).Ec2().Instances.Add(new StubInstance("i-0d000000000000002"));
        await second.SignInAsync("superadmin", InventoryApp.SuperadminPassword);
        var key = aws.Estate.Account(Account).Key;
        using (var registered = await second.Http.PostAsJsonAsync("/api/accounts", new
               {
                   accountId = Account, displayName = "Shared", kind = "management", environment = "shared", regions = new[] { Region },
                   credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
               }))
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        using var started = await second.Http.PostAsJsonAsync("/api/discovery-jobs", new { accountIds = new[] { Account } });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();

        var visible = await VisibleJobAsync(second, jobId);
        Assert.Equal(JobStatus.Completed, visible.Status);
        await using var session = store.QuerySession();
        var assets = await session.Query<AssetView>().Where(a => a.AccountId == Account).ToListAsync();
        Assert.Equal(["i-0d000000000000001", "i-0d000000000000002"], assets.Select(a => a.ResourceId!).Order().ToList());
        var lags = await ((IEventDatabase)store.Storage.Database).FetchProjectionLagAsync(((IEventStore)store).RegisteredShardNames(), CancellationToken.None);
        Assert.All(lags, l => Assert.True(l.HasProgressionRow && l.Sequence >= l.HighWaterMark, $"{l.Shard.Identity} at {l.Sequence} of {l.HighWaterMark}"));
    }

    /// <summary>The projection agents Wolverine's leader has assigned, by agent, waited for until they satisfy the condition.</summary>
    private async Task<Dictionary<string, Guid>> AssignmentsAsync(Func<Dictionary<string, Guid>, bool> until, string what, ProductProcess survivor)
    {
        var deadline = DateTimeOffset.UtcNow + Timeout;
        var assignments = new Dictionary<string, Guid>();
        while (DateTimeOffset.UtcNow < deadline)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"select id, node_id from {schema}_messages.wolverine_node_assignments where id like '{ProjectionAgents}' and node_id is not null", connection);
            await using var reader = await command.ExecuteReaderAsync();
            assignments = [];
            while (await reader.ReadAsync())
                assignments[reader.GetString(0)] = reader.GetGuid(1);
            if (until(assignments))
                return assignments;
            await Task.Delay(Poll);
        }
        throw new TimeoutException($"No {what} within {Timeout}: {Describe(assignments)}\n--- instance\n{survivor.Output}");
    }

    // Across processes the API's own answer is the signal: the job says when every read model holds what it recorded.
    private async Task<DiscoveryJobView> VisibleJobAsync(ProductProcess product, Guid jobId)
    {
        var deadline = DateTimeOffset.UtcNow + Timeout;
        DiscoveryJobView? job = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            job = await product.Http.GetFromJsonAsync<DiscoveryJobView>($"/api/discovery-jobs/{jobId}", Http.Json);
            if (job?.Visibility?.State == VisibilityState.Visible)
                return job;
            await Task.Delay(Poll);
        }
        throw new TimeoutException($"Job {jobId} was not visible within {Timeout}: {job?.Status} {JsonSerializer.Serialize(job?.Visibility)}\n--- instance\n{product.Output}");
    }

    private static string Describe(Dictionary<string, Guid> assignments) =>
        string.Join(", ", assignments.GroupBy(a => a.Value).Select(g => $"node {g.Key.ToString()[..8]}: {g.Count()} projections"));

    public async Task DisposeAsync()
    {
        store.Dispose();
        await aws.DisposeAsync();
        await TestDatabase.DropSchemasAsync(connectionString, schema);
    }
}
