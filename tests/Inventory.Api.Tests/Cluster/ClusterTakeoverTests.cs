using System.Net.Http.Json;
using System.Text.Json;
using Inventory.Api.Tests.Harness;
using Inventory.Domain;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.S3;
using JasperFx;
using Marten;
using Marten.Events;
using Npgsql;
using Xunit.Abstractions;

namespace Inventory.Api.Tests.Cluster;

/// <summary>
/// Two instances of the product on one database. The one running a discovery job (and, having started first, the projections)
/// is killed mid-job; the other takes the job's work and the projections over, and the job ends with no asset event lost or doubled.
/// </summary>
public sealed class ClusterTakeoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Region = "eu-west-1";
    private const string Steady = "710000000001";
    private const string Stalled = "710000000002";
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan JobPoll = TimeSpan.FromMilliseconds(200);

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
        // Seconds instead of the production minute, so the test measures the mechanism rather than the defaults' patience.
        ["Inventory__Cluster__HealthCheckInterval"] = "00:00:01",
        ["Inventory__Cluster__StaleNodeTimeout"] = "00:00:05",
        ["Inventory__Cluster__LeadershipPolling"] = "00:00:01",
    };

    [Fact]
    public async Task Killing_the_instance_running_a_job_hands_it_to_the_other_which_ends_it_with_every_asset_recorded_once()
    {
        var expected = Seed();
        await using var first = await ProductProcess.StartAsync(Settings());
        await using var second = await ProductProcess.StartAsync(Settings());
        await first.SignInAsync("superadmin", InventoryApp.SuperadminPassword);
        await RegisterAsync(first, Steady);
        await RegisterAsync(first, Stalled);
        var stall = aws.Stalls.Add("ec2", "DescribeInstances", Stalled);

        var started = await first.Http.PostAsJsonAsync("/api/discovery-jobs", new { accountIds = new[] { Steady, Stalled } });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        await stall.Entered.WaitAsync(JobTimeout);
        var killedAt = DateTimeOffset.UtcNow;
        await first.KillAsync();
        aws.Stalls.Clear();

        var job = await FinishedJobAsync(second, jobId);
        var finishedAt = DateTimeOffset.UtcNow;
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status}: {job.Reason}\n--- second instance\n{second.Output}");
        // Every scope of both accounts was recorded once: the stalled account's scopes again only where the killed instance had not.
        Assert.Equal(job.Scopes.Count, job.Scopes.Select(s => (s.AccountId, s.Region, s.Service)).Distinct().Count());
        Assert.All(job.Scopes, s => Assert.Equal(ScopeOutcome.Clean, s.Outcome));
        Assert.Equal(expected.Count, job.Totals.New);

        await store.WaitForNonStaleProjectionDataAsync(JobTimeout);
        await using var session = store.QuerySession();
        var assets = await session.Query<AssetView>().ToListAsync();
        Assert.Equal(expected.Order(), assets.Select(a => a.ResourceId!).Order());
        Assert.All(assets, a => Assert.Equal(AssetStatus.Active, a.Status));
        Assert.Equal(0, await DoubledSightingsAsync());

        var resumedAt = await ResumedAtAsync(session, jobId, killedAt);
        output.WriteLine($"takeover: killed at {killedAt:O}; the other instance wrote to the job after {(resumedAt - killedAt).TotalSeconds:F1} s; " +
                         $"job finished after {(job.FinishedAt!.Value - killedAt).TotalSeconds:F1} s; projections caught up after {(DateTimeOffset.UtcNow - killedAt).TotalSeconds:F1} s " +
                         $"(health check 1 s, stale node 5 s, leadership poll 1 s)");
        Assert.True(finishedAt - killedAt < JobTimeout);
    }

    private List<string> Seed()
    {
        var ids = new List<string>();
        foreach (var (account, count) in new[] { (Steady, 2), (Stalled, 3) })
        {
            var ec2 = aws.Estate.Account(account).Region(Region).Ec2();
            for (var i = 1; i <= count; i++)
            {
                var id = $"i-0c{account[^4..]}0000000{i}";
                ec2.Instances.Add(new StubInstance(id));
                ids.Add(id);
            }
            aws.Estate.Account(account).S3().Buckets.Add(new StubBucket("cluster-" + account) { Region = Region });
            ids.Add("cluster-" + account);
        }
        return ids;
    }

    private async Task RegisterAsync(ProductProcess product, string accountId)
    {
        var key = aws.Estate.Account(accountId).Key;
        using var response = await product.Http.PostAsJsonAsync("/api/accounts", new
        {
            accountId, displayName = "Cluster " + accountId, kind = "management", environment = "shared", regions = new[] { Region },
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    // Across processes there is no tracked session to join: the job's own inline document is the signal.
    private async Task<DiscoveryJobView> FinishedJobAsync(ProductProcess product, Guid jobId)
    {
        var deadline = DateTimeOffset.UtcNow + JobTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            await using var session = store.QuerySession();
            var job = await session.LoadAsync<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId));
            if (job is { IsFinished: true })
                return job;
            await Task.Delay(JobPoll);
        }
        throw new TimeoutException($"Job {jobId} did not finish within {JobTimeout} after the kill.\n--- second instance\n{product.Output}");
    }

    /// <summary>When the surviving instance first wrote to the job: the scopes the killed one left, recorded again.</summary>
    private static async Task<DateTimeOffset> ResumedAtAsync(IQuerySession session, Guid jobId, DateTimeOffset killedAt)
    {
        var events = await session.Events.FetchStreamAsync(DiscoveryJobStreams.Key(jobId));
        return events.First(e => e.Timestamp > killedAt).Timestamp;
    }

    private async Task<long> DoubledSightingsAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM (SELECT stream_id FROM {schema}.mt_events WHERE type = 'asset_seen' GROUP BY stream_id HAVING count(*) > 1) d",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        store.Dispose();
        await aws.DisposeAsync();
        await TestDatabase.DropSchemasAsync(connectionString, schema);
    }
}
