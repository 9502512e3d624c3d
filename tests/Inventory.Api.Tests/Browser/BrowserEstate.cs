using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inventory.Api.Tests.Cluster;
using Inventory.Api.Tests.Harness;
using Inventory.Domain;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.CostExplorer;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.S3;
using Marten.Events;
using Marten;
using Npgsql;

namespace Inventory.Api.Tests.Browser;

/// <summary>
/// A discovered estate served to a real browser: the built API as a server process with the built UI, in a schema of its own,
/// against a stub AWS on loopback. One account, discovered once through the API before the first test.
/// </summary>
public sealed class BrowserEstate : IAsyncLifetime
{
    public const string AccountId = "520000000001";
    public const string Region = "eu-west-1";
    public const string OtherRegion = "us-east-1";
    /// <summary>The instance the history test changes between two discoveries.</summary>
    public const string ChangingInstance = "i-0e2e0000000000001";
    public const string Superadmin = "superadmin";
    public const string SuperadminPassword = "Browser-estate-superadmin-1";

    // Generous: the whole test project runs in parallel on few cores; a hang still ends the fixture.
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ProjectionTimeout = TimeSpan.FromMinutes(2);

    private readonly string schema = "test_" + Guid.NewGuid().ToString("N")[..12];
    private string connectionString = "";
    private ProductProcess? api;
    private IDocumentStore? store;

    public StubAwsServer Aws { get; private set; } = null!;
    public string Url => api!.Url.ToString().TrimEnd('/');
    public string ApiOutput => api?.Output ?? "";

    public async Task InitializeAsync()
    {
        BrowserPrerequisites.Check();
        connectionString = await TestDatabase.ConnectionStringAsync();
        Aws = await StubAwsServer.StartAsync();
        Arrange();
        api = await ProductProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Inventory"] = connectionString,
            ["Inventory__Schema"] = schema,
            ["Inventory__UiRoot"] = BrowserPrerequisites.UiDist,
            ["Inventory__Aws__EndpointUrl"] = Aws.Url,
            // No hourly check: a scheduled discovery would race the one the fixture starts.
            ["Inventory__Scheduling__Enabled"] = "false",
            ["Inventory__Access__Superadmin__Username"] = Superadmin,
            ["Inventory__Access__Superadmin__Password"] = SuperadminPassword,
        });
        store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            InventoryStore.Configure(options, schema);
        });
        await api.SignInAsync(Superadmin, SuperadminPassword);

        var key = Aws.Estate.Account(AccountId).Key;
        await PostAsync("/api/accounts", new
        {
            accountId = AccountId, displayName = "Browser estate", kind = "management", environment = "production",
            regions = new[] { Region, OtherRegion },
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
        }, HttpStatusCode.Created);
        await DiscoverAsync();
        await RefreshCostsAsync();
    }

    /// <summary>Instances with tags in two regions, a VPC, and buckets; a bill for this month and last.</summary>
    private void Arrange()
    {
        var account = Aws.Estate.Account(AccountId);
        var ec2 = account.Region(Region).Ec2();
        ec2.Vpcs.Add(new StubVpc("vpc-0e2e0000000000001") { Tags = { ["Name"] = "main-vpc" } });
        ec2.Instances.Add(Instance(ChangingInstance, "web-1", "prod", "payments"));
        ec2.Instances.Add(Instance("i-0e2e0000000000002", "web-2", "prod", "payments"));
        ec2.Instances.Add(Instance("i-0e2e0000000000003", "batch-1", "test", "data"));
        account.Region(OtherRegion).Ec2().Instances.Add(Instance("i-0e2e0000000000004", "bastion", "prod", "platform"));
        account.S3().Buckets.Add(new StubBucket("e2e-logs") { Region = Region, Tags = new() { ["Env"] = "prod" } });
        account.S3().Buckets.Add(new StubBucket("e2e-backups") { Region = OtherRegion });

        var thisMonth = DateOnly.FromDateTime(DateTime.UtcNow);
        account.CostExplorer()
            .Name(AccountId, "Browser estate")
            .Add(thisMonth, AccountId, "Amazon Elastic Compute Cloud - Compute", 123.45m)
            .Add(thisMonth.AddMonths(-1), AccountId, "Amazon Elastic Compute Cloud - Compute", 456.78m)
            .Add(thisMonth.AddMonths(-1), AccountId, "Amazon Simple Storage Service", 12.34m);
    }

    private static StubInstance Instance(string id, string name, string env, string team) => new(id)
    {
        VpcId = "vpc-0e2e0000000000001",
        PrivateIpAddress = "10.0.0." + id[^1],
        Tags = { ["Name"] = name, ["Env"] = env, ["Team"] = team },
    };

    /// <summary>Changes the instance the history test reads: a bigger type, and another environment tag.</summary>
    public void ChangeInstance()
    {
        var instance = Aws.Estate.Account(AccountId).Region(Region).Ec2().Instances.Single(i => i.InstanceId == ChangingInstance);
        instance.InstanceType = "t3.large";
        instance.Tags["Env"] = "staging";
    }

    /// <summary>Discovers the account through the API and returns once the job ended and every read model caught up.</summary>
    public async Task DiscoverAsync()
    {
        var accepted = await PostAsync("/api/discovery-jobs", new { accountIds = new[] { AccountId } }, HttpStatusCode.Accepted);
        var jobId = accepted.GetProperty("jobId").GetString();
        // The job runs in the server process: its inline view is the only signal there is, read as the product's own CLI does.
        var job = await UntilAsync($"/api/discovery-jobs/{jobId}", j => j.GetProperty("isFinished").GetBoolean(), JobTimeout);
        var status = job.GetProperty("status").GetString();
        if (status != "Completed")
            throw new InvalidOperationException($"Discovery job {jobId} ended {status}: {job}");
        await store!.WaitForNonStaleProjectionDataAsync(ProjectionTimeout);
    }

    /// <summary>Asks for the costs and waits until figures landed; the finished discovery asks too, so either refresh will do.</summary>
    private async Task RefreshCostsAsync()
    {
        await PostAsync("/api/costs/refresh", new { accountId = AccountId }, HttpStatusCode.Accepted);
        await UntilAsync($"/api/costs/{AccountId}", c => c.GetProperty("fetchedAt").ValueKind == JsonValueKind.String, JobTimeout);
        await store!.WaitForNonStaleProjectionDataAsync(ProjectionTimeout);
    }

    private async Task<JsonElement> UntilAsync(string path, Func<JsonElement, bool> done, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var state = await GetAsync(path);
            if (done(state))
                return state;
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"{path} did not get there within {timeout}: {state}\n{ApiOutput}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await api!.Http.GetAsync(path);
        return await ReadAsync(response, HttpStatusCode.OK, "GET " + path);
    }

    public async Task<JsonElement> PostAsync(string path, object body, HttpStatusCode expected)
    {
        using var response = await api!.Http.PostAsJsonAsync(path, body);
        return await ReadAsync(response, expected, "POST " + path);
    }

    private async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string call)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{call} answered {(int)response.StatusCode}, not {(int)expected}: {text}\n{ApiOutput}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        store?.Dispose();
        if (api is not null)
            await api.DisposeAsync();
        if (Aws is not null)
            await Aws.DisposeAsync();
        if (connectionString.Length == 0)
            return;
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.DropSchemasAsync(connectionString, schema);
    }
}
