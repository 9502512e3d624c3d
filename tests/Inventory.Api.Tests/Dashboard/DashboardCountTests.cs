using Inventory.Domain.Settings;
using Inventory.Api.Dashboard;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Dashboard;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Dashboard;

/// <summary>
/// GET /api/dashboard over a register built by discovery scans at chosen times (40, 10 and 3 days and 2 hours ago) and by people's
/// edits, made at the time of their requests, so each lands in a known window.
/// </summary>
public sealed class DashboardCountTests(DashboardCountTests.Register register) : IClassFixture<DashboardCountTests.Register>
{
    public const string Account = "700000000001";
    public const string OtherAccount = "700000000002";
    private static readonly ScopeId Ec2 = new(Account, "eu-west-1", "ec2");
    private static readonly ScopeId S3 = new(OtherAccount, ScopeId.GlobalRegion, "s3");

    public sealed class Register : IAsyncLifetime
    {
        public InventoryApp App { get; } = new();
        public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;
        public Dictionary<string, string> Ids { get; } = [];

        private static Observation Instance(string id, string state = "running", string type = "t3.micro") =>
            Harness.Scans.Instance(id, state, type, account: Account);

        private Task Scan(ScopeId scope, TimeSpan ago, params Observation[] observations) =>
            App.RecordAsync(ScopeScan.Clean(scope, Now - ago, Cause.DiscoveryJob("job-" + ago.TotalHours), observations));

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            await Scan(Ec2, TimeSpan.FromDays(40), Instance("i-1"), Instance("i-2"), Instance("i-3"));
            // 10 days ago: i-1 resized and i-2 stopped (two changes), i-3 vanished, i-4 new.
            await Scan(Ec2, TimeSpan.FromDays(10), Instance("i-1", type: "m5.large"), Instance("i-2", state: "stopped"), Instance("i-4"));
            // 3 days ago: i-3 back, i-5 new.
            await Scan(Ec2, TimeSpan.FromDays(3), Instance("i-1", type: "m5.large"), Instance("i-2", state: "stopped"), Instance("i-3"), Instance("i-4"), Instance("i-5"));
            // 2 hours ago: i-4 vanished, and a bucket in another account appeared.
            await Scan(Ec2, TimeSpan.FromHours(2), Instance("i-1", type: "m5.large"), Instance("i-2", state: "stopped"), Instance("i-3"), Instance("i-5"));
            await Scan(S3, TimeSpan.FromHours(2), new Observation { Arn = "arn:aws:s3:::logs", ResourceId = "logs", Name = "logs", ResourceType = "s3:bucket" });
            foreach (var id in new[] { "i-1", "i-2", "i-3", "i-4", "i-5" })
                Ids[id] = AssetKey.For(Ec2, Instance(id))!;

            // Now: a manual asset, two edits and a decommissioning, each at its request's time.
            await App.AfterAsync(() => App.Host.PostAsync("/api/assets", new { name = "Payroll", kind = "saas", fields = new { criticality = "high" } }, 201));
            await App.AfterAsync(() => App.Host.PatchJsonAsync($"/api/assets/{Ids["i-1"]}", new { criticality = "critical", category = "database" }, 200));
            await App.AfterAsync(() => App.Host.PatchJsonAsync($"/api/assets/{Ids["i-5"]}", new { criticality = "high" }, 200));
            await App.AfterAsync(() => App.Host.PostAsync($"/api/assets/{Ids["i-5"]}/decommission", new { reason = "Replaced" }, 200));
        }

        public Task DisposeAsync() => App.DisposeAsync();
    }

    private Task<DashboardResponse> DashboardAsync() => register.App.Host.GetJsonAsync<DashboardResponse>("/api/dashboard");

    [Fact]
    public async Task Counts_cover_discovered_and_manual_assets_every_status_and_people_s_criticality_and_category()
    {
        var counts = (await DashboardAsync()).Counts;

        // Active: i-1, i-3, the bucket, the manual asset; inactive: i-2 (stopped); gone: i-4; decommissioned: i-5.
        Assert.Equal(new StatusCounts(7, 4, 1, 1, 1), counts.Totals);
        Assert.Equal([new CountLine("ec2", 5, 2, 1, 1, 1), new CountLine("manual", 1, 1, 0, 0, 0), new CountLine("s3", 1, 1, 0, 0, 0)], counts.ByService);
        Assert.Equal([new CountLine(Account, 5, 2, 1, 1, 1), new CountLine(null, 1, 1, 0, 0, 0), new CountLine(OtherAccount, 1, 1, 0, 0, 0)], counts.ByAccount);
        Assert.Equal([new CountLine("eu-west-1", 5, 2, 1, 1, 1), new CountLine(null, 1, 1, 0, 0, 0), new CountLine(ScopeId.GlobalRegion, 1, 1, 0, 0, 0)],
            counts.ByRegion);
        // i-1's own category wins over EC2's default; the rest fall in their service's default.
        Assert.Equal(
        [
            new CountLine("compute", 4, 1, 1, 1, 1), new CountLine("applications", 1, 1, 0, 0, 0), new CountLine("database", 1, 1, 0, 0, 0),
            new CountLine("storage", 1, 1, 0, 0, 0),
        ], counts.ByCategory);
        Assert.Equal([new CountLine(null, 4, 2, 1, 1, 0), new CountLine("high", 2, 1, 0, 0, 1), new CountLine("critical", 1, 1, 0, 0, 0)], counts.ByCriticality);
        Assert.Equal(
        [
            new CountLine("Active", 4, 4, 0, 0, 0), new CountLine("Gone", 1, 0, 0, 1, 0), new CountLine("Inactive", 1, 0, 1, 0, 0),
            new CountLine("Decommissioned", 1, 0, 0, 0, 1),
        ], counts.ByStatus);
    }

    [Fact]
    public async Task New_changed_and_gone_fall_in_the_24_hour_7_day_and_30_day_windows_by_the_time_each_event_names()
    {
        var activity = (await DashboardAsync()).Activity;

        // 24 h: the bucket and the manual asset new, two edits, i-4 gone, i-5 decommissioned.
        Assert.Equal(new ActivityCounts(New: 2, Reappeared: 0, Changed: 2, ChangedByDiscovery: 0, EditedByPeople: 2, Gone: 1, Decommissioned: 1), activity.Last24Hours);
        // 7 d adds 3 days ago: i-5 new, i-3 back.
        Assert.Equal(new ActivityCounts(3, 1, 2, 0, 2, 1, 1), activity.Last7Days);
        // 30 d adds 10 days ago: i-4 new, i-1 and i-2 changed, i-3 gone. The first scan, 40 days ago, is in none.
        Assert.Equal(new ActivityCounts(4, 1, 4, 2, 2, 2, 1), activity.Last30Days);
    }

    [Fact]
    public async Task The_daily_series_has_30_days_with_each_event_on_its_own_utc_day()
    {
        var activity = (await DashboardAsync()).Activity;
        var now = register.Now;
        var expected = new Dictionary<DateOnly, ActivityCounts>();
        void On(DateTimeOffset at, Func<ActivityCounts, ActivityCounts> add)
        {
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            expected[day] = add(expected.GetValueOrDefault(day, ActivityCounts.None));
        }
        On(now.AddDays(-10), c => c with { New = c.New + 1, Changed = c.Changed + 2, ChangedByDiscovery = c.ChangedByDiscovery + 2, Gone = c.Gone + 1 });
        On(now.AddDays(-3), c => c with { New = c.New + 1, Reappeared = c.Reappeared + 1 });
        On(now.AddHours(-2), c => c with { New = c.New + 1, Gone = c.Gone + 1 });
        On(activity.At, c => c with { New = c.New + 1, Changed = c.Changed + 2, EditedByPeople = c.EditedByPeople + 2, Decommissioned = c.Decommissioned + 1 });

        Assert.Equal(30, activity.Daily.Count);
        Assert.Equal(DateOnly.FromDateTime(activity.At.UtcDateTime), activity.Daily[^1].Day);
        foreach (var day in activity.Daily)
            Assert.Equal(expected.GetValueOrDefault(day.Day, ActivityCounts.None), day.Counts);
    }

    [Fact]
    public async Task Without_cost_fetches_or_discovery_jobs_those_parts_are_null_and_no_next_discovery_is_invented()
    {
        var dashboard = await DashboardAsync();

        Assert.Equal((null, null, null, null), (dashboard.Costs.Currency, dashboard.Costs.FetchedAt, dashboard.Costs.ThisMonth, dashboard.Costs.LastMonth));
        Assert.Empty(dashboard.Costs.ByAccount);
        Assert.Null(dashboard.Discovery.Last);
        Assert.Empty(dashboard.Discovery.Running);
        Assert.Null(dashboard.Discovery.Next);
        Assert.Equal(DiscoveryInterval.Disabled, dashboard.Discovery.Scheduling);
        var raw = Json(await register.App.Host.GetTextAsync("/api/dashboard")).GetProperty("discovery");
        Assert.Equal(("Disabled", System.Text.Json.JsonValueKind.Null), (raw.GetProperty("scheduling").GetString(), raw.GetProperty("next").ValueKind));
    }
}
