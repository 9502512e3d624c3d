using Inventory.Api.Assets.AsOf;
using Inventory.Api.Assets.GetAsset;
using Inventory.Api.Audit;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Audit;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Audit;

/// <summary>A register with a known past: Monday two instances appear; Tuesday one changes, one vanishes, one appears; today a person edits.</summary>
public sealed class HistoryApp : InventoryApp
{
    public const string Account = "620000000001";
    public static readonly ScopeId Scope = new(Account, "eu-west-1", "ec2");
    public static readonly DateTimeOffset Monday = Harness.Scans.Monday;
    public static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    public string Web { get; private set; } = "";
    public string Db { get; private set; } = "";
    public string Batch { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var web = Harness.Scans.Instance("i-0e1", name: "web", account: Account);
        var db = Harness.Scans.Instance("i-0e2", name: "db", account: Account);
        var batch = Harness.Scans.Instance("i-0e3", name: "batch", account: Account);
        await RecordAsync(ScopeScan.Clean(Scope, Monday, Cause.DiscoveryJob("job-monday"), [web, db]));
        await RecordAsync(ScopeScan.Clean(Scope, Tuesday, Cause.DiscoveryJob("job-tuesday"), [Harness.Scans.Instance("i-0e1", type: "m6i.large", name: "web", account: Account), batch]));
        (Web, Db, Batch) = (AssetKey.For(Scope, web)!, AssetKey.For(Scope, db)!, AssetKey.For(Scope, batch)!);
        await AfterAsync(() => Host.PatchJsonAsync($"/api/assets/{Web}", new { owner = "alice" }, 200));
    }
}

public sealed class HistoryQueryTests(HistoryApp app) : IClassFixture<HistoryApp>
{
    private static string At(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));

    private async Task<List<(string Name, AssetStatus Status)>> AsOfAsync(DateTimeOffset at, string filters = "") =>
        [.. (await app.Host.GetJsonAsync<AsOfPage>($"/api/assets/as-of?at={At(at)}&accountId={HistoryApp.Account}{filters}")).Items.Select(a => (a.Name!, a.Status))];

    [Fact]
    public async Task The_inventory_as_of_an_instant_is_what_it_was_then()
    {
        Assert.Empty(await AsOfAsync(HistoryApp.Monday.AddHours(-1)));
        Assert.Equal([("db", AssetStatus.Active), ("web", AssetStatus.Active)], await AsOfAsync(HistoryApp.Monday.AddHours(3)));
        Assert.Equal([("batch", AssetStatus.Active), ("db", AssetStatus.Gone), ("web", AssetStatus.Active)], await AsOfAsync(HistoryApp.Tuesday.AddHours(3)));
        Assert.Equal([("batch", AssetStatus.Active), ("web", AssetStatus.Active)], await AsOfAsync(HistoryApp.Tuesday.AddHours(3), "&status=active"));
        // Filters apply to what the assets were then: on Tuesday no one owned web yet; today alice does.
        Assert.Empty(await AsOfAsync(HistoryApp.Tuesday.AddHours(3), "&owner=alice"));
        Assert.Equal([("web", AssetStatus.Active)], await AsOfAsync(DateTimeOffset.UtcNow.AddMinutes(1), "&owner=alice"));
    }

    [Fact]
    public async Task One_asset_as_of_an_instant_has_the_fields_it_had_then()
    {
        var monday = await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{app.Web}/as-of?at={At(HistoryApp.Monday.AddHours(3))}");
        var today = await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{app.Web}");

        Assert.Equal("t3.micro", monday.Attributes["InstanceType"]);
        Assert.Equal("m6i.large", today.Attributes["InstanceType"]);
        Assert.Empty(monday.Fields);
        Assert.Equal("alice", today.Fields["owner"]);
        await app.Host.GetProblemAsync($"/api/assets/{app.Web}/as-of?at={At(HistoryApp.Monday.AddHours(-1))}", 404);
        Assert.True((await app.Host.GetProblemAsync($"/api/assets/{app.Web}/as-of?at=yesterday", 400)).GetProperty("errors").TryGetProperty("at", out _));
    }

    [Fact]
    public async Task The_audit_lists_what_appeared_changed_and_vanished_between_two_instants_newest_first()
    {
        var from = At(HistoryApp.Monday.AddHours(-1));
        var to = At(HistoryApp.Tuesday.AddHours(1));
        var page = await app.Host.GetJsonAsync<AuditPage>($"/api/audit?from={from}&to={to}&accountId={HistoryApp.Account}&includeTotal=true");

        Assert.Equal(5, page.Total);
        var tuesday = HistoryApp.Tuesday;
        var monday = HistoryApp.Monday;
        Assert.Equal(
            [
                (tuesday, LifecycleKind.Appeared, "batch"), (tuesday, LifecycleKind.Changed, "web"), (tuesday, LifecycleKind.Vanished, "db"),
                (monday, LifecycleKind.Appeared, "db"), (monday, LifecycleKind.Appeared, "web"),
            ],
            page.Items.Select(i => (i.At, i.Kind, i.Name!)).OrderByDescending(i => i.At).ThenBy(i => i.Kind).ThenBy(i => i.Item3));
        Assert.True(page.Items.Select(i => i.At).SequenceEqual(page.Items.Select(i => i.At).OrderDescending()));
        Assert.Equal(["attributes.InstanceType"], page.Items.Single(i => i.Kind == LifecycleKind.Changed).ChangedFields);
        Assert.Equal(Cause.DiscoveryJob("job-tuesday"), page.Items.Single(i => i.Kind == LifecycleKind.Vanished).Cause);

        Assert.Equal(["db"], (await app.Host.GetJsonAsync<AuditPage>($"/api/audit?from={from}&to={to}&kind=vanished")).Items.Select(i => i.Name!));
        Assert.Equal(["web", "web"], (await app.Host.GetJsonAsync<AuditPage>($"/api/audit?from={from}&to={to}&q=web")).Items.Select(i => i.Name!));
        Assert.Equal(["db"], (await app.Host.GetJsonAsync<AuditPage>($"/api/audit?from={from}&to={to}&kind.exclude=appeared,changed&accountId={HistoryApp.Account}")).Items.Select(i => i.Name!));

        var seen = new List<(DateTimeOffset, LifecycleKind, string)>();
        string? cursor = null;
        do
        {
            var part = await app.Host.GetJsonAsync<AuditPage>($"/api/audit?from={from}&to={to}&pageSize=2" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(part.Items.Select(i => (i.At, i.Kind, i.AssetId)));
            cursor = part.NextCursor;
        }
        while (cursor is not null);
        Assert.Equal(page.Items.Select(i => (i.At, i.Kind, i.AssetId)), seen);
    }

    [Fact]
    public async Task A_persons_edit_is_in_the_audit_with_the_user()
    {
        var page = await app.Host.GetJsonAsync<AuditPage>($"/api/audit?from={At(DateTimeOffset.UtcNow.AddHours(-1))}&kind=changed&accountId={HistoryApp.Account}");

        var edit = Assert.Single(page.Items);
        Assert.Equal(("web", Cause.User("alice"), "owner"), (edit.Name!, edit.Cause, edit.ChangedFields.Single()));
    }

    [Fact]
    public async Task Bad_audit_requests_name_the_parameter()
    {
        foreach (var (query, field) in new[]
        {
            ("to=2026-11-03T00:00:00Z", "from"), ("from=monday", "from"), ("from=2026-11-05T00:00:00Z&to=2026-11-01T00:00:00Z", "from"),
            ("from=2026-11-01T00:00:00Z&kind=moved", "kind"), ("from=2026-11-01T00:00:00Z&sort=name", "sort"),
            ("from=2026-11-01T00:00:00Z&cursor=xyz", "cursor"), ("from=2026-11-01T00:00:00Z&status=lost", "status"),
        })
        {
            var problem = await app.Host.GetProblemAsync("/api/audit?" + query, 400);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query} should name {field}: {problem}");
        }
    }
}
