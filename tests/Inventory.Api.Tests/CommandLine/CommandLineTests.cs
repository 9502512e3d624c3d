using Inventory.Domain.Assets;
using Inventory.Domain.Costs;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Reconciliation;
using Inventory.StubAws.Services.CostExplorer;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.S3;
using Marten;

namespace Inventory.Api.Tests.CommandLine;

/// <summary>The operators' verbs of the API executable, run as processes: what they print and the exit codes they end with.</summary>
public sealed class CommandLineTests(CommandLineApp app) : IClassFixture<CommandLineApp>
{
    private const string Region = "eu-west-1";

    /// <summary>An account with 2 instances and 1 bucket in one region; each test its own account id.</summary>
    private async Task SmallEstateAsync(string accountId)
    {
        var account = app.Aws.Estate.Account(accountId);
        account.Region(Region).Ec2().Instances.Add(new StubInstance("i-0c000000000000001"));
        account.Region(Region).Ec2().Instances.Add(new StubInstance("i-0c000000000000002"));
        account.S3().Buckets.Add(new StubBucket("bucket-" + accountId) { Region = Region });
        await app.RegisterAsync(accountId, Region);
    }

    [Fact]
    public async Task Discover_completes_and_the_rebuilt_read_models_hold_the_assets()
    {
        await SmallEstateAsync("410000000001");

        var discover = await app.RunAsync("discover", "--account", "410000000001");

        Assert.True(discover.ExitCode == 0, discover.ToString());
        Assert.Contains(discover.Lines, l => l.StartsWith("Discovery job ") && l.Contains(" started for 410000000001"));
        Assert.Contains("410000000001 eu-west-1 ec2: clean (observed 2, new 2, changed 0, gone 0)", discover.Lines);
        Assert.Contains("Totals: seen 3, new 3, changed 0, gone 0, failed scopes 0, unfinished scopes 0", discover.Lines);
        Assert.Contains(discover.Lines, l => l.StartsWith("Discovery job ") && l.Contains(" completed in "));
        Assert.Contains(discover.Lines, l => l.StartsWith("Visible in the register."));
        // The test's own host runs no projections: the assets are in the register because discover waited for its daemon.
        await using (var before = app.Store.QuerySession())
            Assert.Equal(3, await before.Query<AssetView>().CountAsync(a => a.AccountId == "410000000001"));

        var rebuild = await app.RunAsync("rebuild-projections");

        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Contains("Rebuilding AssetView ...", rebuild.Lines);
        Assert.Contains(rebuild.Lines, l => l.StartsWith("Rebuilt AssetView in "));
        await using var session = app.Store.QuerySession();
        var assets = await session.Query<AssetView>().Where(a => a.AccountId == "410000000001").ToListAsync();
        Assert.Equal(["bucket-410000000001", "i-0c000000000000001", "i-0c000000000000002"], assets.Select(a => a.ResourceId).Order().ToList());
    }

    [Fact]
    public async Task Access_denied_on_a_scope_ends_non_zero_as_completed_with_errors()
    {
        await SmallEstateAsync("410000000002");
        app.Aws.Faults.Add("ec2", "DescribeInstances", "AccessDenied", 403, int.MaxValue, accountId: "410000000002");

        var discover = await app.RunAsync("discover", "--account", "410000000002");

        Assert.True(discover.ExitCode != 0, discover.ToString());
        Assert.Contains(discover.Lines, l => l.StartsWith("410000000002 eu-west-1 ec2: failed AccessDenied"));
        Assert.Contains(discover.Lines, l => l.StartsWith("Discovery job ") && l.Contains(" completed with errors"));
    }

    [Fact]
    public async Task With_no_wait_discover_ends_once_the_job_is_recorded()
    {
        await SmallEstateAsync("410000000005");

        var discover = await app.RunAsync("discover", "--account", "410000000005", "--no-wait");

        Assert.True(discover.ExitCode == 0, discover.ToString());
        Assert.Contains(discover.Lines, l => l.StartsWith("Discovery job ") && l.Contains(" completed in "));
        Assert.DoesNotContain(discover.Lines, l => l.StartsWith("Visible in the register.") || l.StartsWith("Recorded; "));
    }

    [Fact]
    public async Task An_unknown_account_ends_non_zero_naming_it()
    {
        var discover = await app.RunAsync("discover", "--account", "419999999999");

        Assert.True(discover.ExitCode != 0, discover.ToString());
        Assert.Contains("Cannot discover: Account '419999999999' is not a registered active account.", discover.Lines);
    }

    [Fact]
    public async Task A_dry_run_appends_no_asset_event()
    {
        await SmallEstateAsync("410000000003");

        var discover = await app.RunAsync("discover", "--account", "410000000003", "--dry-run");

        Assert.True(discover.ExitCode == 0, discover.ToString());
        Assert.Contains(discover.Lines, l => l.Contains(" started (dry run) for 410000000003"));
        // The scope still reports what it would have made new.
        Assert.Contains("410000000003 eu-west-1 ec2: clean (observed 2, new 2, changed 0, gone 0)", discover.Lines);
        await using var session = app.Store.QuerySession();
        // The write side's asset records are projected inline with every asset event, so none means no asset event.
        Assert.Equal(0, await session.Query<AssetRecord>().CountAsync(r => r.AccountId == "410000000003"));
    }

    [Fact]
    public async Task A_job_already_running_for_the_account_ends_non_zero_naming_it()
    {
        await SmallEstateAsync("410000000004");
        var running = Guid.NewGuid();
        await using (var session = app.Store.LightweightSession())
        {
            session.Insert(new DiscoveryLock { Id = "410000000004", JobId = running });
            session.Events.StartStream<DiscoveryJobView>(DiscoveryJobStreams.Key(running),
                new DiscoveryJobStarted(running, ["410000000004"], Cause.User("alice"), false, DateTimeOffset.UtcNow, JobRules.DefaultTimeLimit));
            await session.SaveChangesAsync();
        }

        var discover = await app.RunAsync("discover", "--account", "410000000004");

        Assert.True(discover.ExitCode != 0, discover.ToString());
        Assert.Contains($"A discovery job is already running for these accounts: {running}", discover.Lines);
    }

    [Fact]
    public async Task Refresh_costs_prints_the_figures_of_the_management_account()
    {
        await app.RegisterAsync("410000000010", Region);
        var lastMonth = CostWindow.At(DateTimeOffset.UtcNow).LastMonth;
        app.Aws.Estate.Account("410000000010").CostExplorer().Add(lastMonth, "410000000010", "Amazon Simple Storage Service", 12.5m);

        var refresh = await app.RunAsync("refresh-costs", "--account", "410000000010");

        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.Contains(refresh.Lines, l => l.StartsWith("Cost refresh ") && l.EndsWith(" asked for 410000000010"));
        Assert.Contains(refresh.Lines, l => l.StartsWith("410000000010: this month ") && l.Contains("last month 12.50 USD"));
    }

    [Fact]
    public async Task Refresh_costs_ends_non_zero_with_the_error_cost_explorer_gave()
    {
        await app.RegisterAsync("410000000011", Region);
        app.Aws.Faults.Add("ce", "GetCostAndUsage", "DataUnavailableException", 400, message: "Data is not available.", accountId: "410000000011");

        var refresh = await app.RunAsync("refresh-costs", "--account", "410000000011");

        Assert.True(refresh.ExitCode != 0, refresh.ToString());
        Assert.Contains("410000000011: error DataUnavailableException: Data is not available.", refresh.Lines);
    }

    [Fact]
    public async Task Rebuilding_an_unknown_projection_ends_non_zero_listing_the_names()
    {
        var rebuild = await app.RunAsync("rebuild-projections", "--projection", "Nonexistent");

        Assert.True(rebuild.ExitCode != 0, rebuild.ToString());
        var line = Assert.Single(rebuild.Lines, l => l.StartsWith("Unknown projection 'Nonexistent'. Valid names: "));
        Assert.Contains("AssetView", line);
        Assert.Contains("CostView", line);
    }
}
