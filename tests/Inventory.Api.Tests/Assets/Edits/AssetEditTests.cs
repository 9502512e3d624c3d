using Inventory.Api.Assets.AssetTimeline;
using Inventory.Api.Assets.Edits;
using Inventory.Api.Assets.GetAsset;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Assets.Edits;

/// <summary>People's edits through the API: manual assets, human fields, decommissioning and bulk updates, each an event naming its user.</summary>
public sealed class AssetEditTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    private static readonly DateTimeOffset Monday = Harness.Scans.Monday;

    private Task<string> SendAsync(Func<Task<string>> send) => app.AfterAsync(send);

    private Task<AssetDetail> DetailAsync(string id) => app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{id}");

    [Fact]
    public async Task A_manual_asset_gets_the_next_human_id_and_its_fields_and_the_timeline_names_its_user()
    {
        var registered = Json(await SendAsync(() => app.Host.PostAsync("/api/assets", new
        {
            name = "Payroll", kind = "saas", ipAddresses = new[] { "198.51.100.7" }, dnsNames = new[] { "payroll.example.com" },
            fields = new { owner = "alice", criticality = "High", classification = "confidential", gdprRelevant = true, url = "https://payroll.example.com" },
        }, 201)));
        var id = registered.GetProperty("id").GetString()!;

        var detail = await DetailAsync(registered.GetProperty("humanId").GetString()!);

        Assert.Equal(id, detail.Id);
        Assert.True(detail.Manual);
        Assert.Equal(("Payroll", "manual", "manual:saas"), (detail.Name, detail.Service, detail.ResourceType));
        Assert.Equal(["198.51.100.7"], detail.IpAddresses);
        Assert.Equal(
            new Dictionary<string, string> { ["classification"] = "confidential", ["criticality"] = "high", ["gdprRelevant"] = "true", ["owner"] = "alice", ["url"] = "https://payroll.example.com" },
            detail.Fields);
        var timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline");
        var entry = Assert.Single(timeline.Entries);
        Assert.Equal(("ManualAssetRegistered", Cause.User("alice")), (entry.Type, entry.Cause));
    }

    [Fact]
    public async Task Editing_records_each_change_with_its_user_keeps_untouched_fields_and_discovery_never_overwrites_them()
    {
        var scope = new ScopeId("600000000001", "eu-west-1", "ec2");
        var instance = Harness.Scans.Instance("i-0600000000000001", account: "600000000001");
        await app.RecordAsync(ScopeScan.Clean(scope, Monday, Cause.DiscoveryJob("job-1"), [instance]));
        var id = AssetKey.For(scope, instance)!;

        var edit = Json(await SendAsync(() => app.Host.PatchJsonAsync($"/api/assets/{id}", new { owner = "bob", criticality = "critical", notes = "Runs billing." }, 200)));
        Assert.Equal(3, edit.GetProperty("changes").GetArrayLength());
        await SendAsync(() => app.Host.PatchJsonAsync($"/api/assets/{id}", new { owner = "carol", notes = (string?)null }, 200));
        // A later discovery with a changed instance leaves the fields people maintain alone.
        await app.RecordAsync(ScopeScan.Clean(scope, Monday.AddDays(1), Cause.DiscoveryJob("job-2"), [instance with { State = "stopped" }]));

        var detail = await DetailAsync(id);
        Assert.Equal(new Dictionary<string, string> { ["criticality"] = "critical", ["owner"] = "carol" }, detail.Fields);
        Assert.Equal(AssetStatus.Inactive, detail.Status);
        var timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline");
        Assert.Equal(["AssetChanged", "AssetEdited", "AssetEdited", "AssetSeen"], timeline.Entries.Select(e => e.Type));
        Assert.Equal([new FieldChange("notes", "Runs billing.", null), new FieldChange("owner", "bob", "carol")], timeline.Entries[1].Changes);
        Assert.Equal(Cause.User("alice"), timeline.Entries[1].Cause);
        Assert.Equal(Cause.DiscoveryJob("job-2"), timeline.Entries[0].Cause);

        // Asking for what is already there appends nothing.
        var unchanged = Json(await app.Host.PatchJsonAsync($"/api/assets/{id}", new { owner = "carol" }, 200));
        Assert.Equal(0, unchanged.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task Bad_edits_name_the_field_and_change_nothing()
    {
        var id = Json(await SendAsync(() => app.Host.PostAsync("/api/assets", new { name = "Wiki", kind = "self-hosted" }, 201))).GetProperty("id").GetString()!;

        var problem = Json(await app.Host.PatchJsonAsync($"/api/assets/{id}", new { criticality = "urgent", url = "ftp://x", colour = "red", category = "nope" }, 400));
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("criticality", out _));
        Assert.True(errors.TryGetProperty("url", out _));
        Assert.True(errors.TryGetProperty("colour", out _));
        Assert.True(errors.TryGetProperty("category", out _));
        Assert.True(Json(await app.Host.PostAsync("/api/assets", new { kind = "cloud" }, 400)).GetProperty("errors").TryGetProperty("name", out _));
        await app.Host.PatchJsonAsync("/api/assets/ast-nothere", new { owner = "x" }, 404);
        Assert.Single((await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline")).Entries);
    }

    [Fact]
    public async Task Decommissioning_keeps_the_asset_and_its_history()
    {
        var id = Json(await SendAsync(() => app.Host.PostAsync("/api/assets", new { name = "Old CRM", kind = "on-premise" }, 201))).GetProperty("id").GetString()!;

        await SendAsync(() => app.Host.PostAsync($"/api/assets/{id}/decommission", new { reason = "Replaced by SaaS CRM" }, 200));

        var detail = await DetailAsync(id);
        Assert.Equal(AssetStatus.Decommissioned, detail.Status);
        Assert.NotNull(detail.DecommissionedAt);
        var timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline");
        Assert.Equal([new FieldChange("reason", null, "Replaced by SaaS CRM")], timeline.Entries[0].Changes);
    }

    [Fact]
    public async Task A_bulk_update_changes_every_asset_with_one_event_each_or_none_at_all()
    {
        var ids = new List<string>();
        foreach (var name in new[] { "A", "B", "C" })
            ids.Add(Json(await SendAsync(() => app.Host.PostAsync("/api/assets", new { name, kind = "saas", fields = new { owner = name == "C" ? "dana" : "x" } }, 201))).GetProperty("id").GetString()!);

        var refused = Json(await app.Host.PostAsync("/api/assets/bulk-update", new { assetIds = ids.Append("ast-missing"), fields = new { owner = "dana" } }, 400));
        Assert.True(refused.GetProperty("errors").TryGetProperty("assetIds", out _));
        Assert.True(Json(await app.Host.PostAsync("/api/assets/bulk-update", new { assetIds = ids, fields = new { notes = "x" } }, 400))
            .GetProperty("errors").TryGetProperty("fields.notes", out _));
        Assert.Equal("x", (await DetailAsync(ids[0])).Fields["owner"]);

        var result = Json(await SendAsync(() => app.Host.PostAsync("/api/assets/bulk-update", new { assetIds = ids, fields = new { owner = "dana", criticality = "low" } }, 200)));

        Assert.Equal(3, result.GetProperty("changed").GetInt32());
        foreach (var id in ids)
        {
            var detail = await DetailAsync(id);
            Assert.Equal(("dana", "low"), (detail.Fields["owner"], detail.Fields["criticality"]));
            Assert.Equal(2, (await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline")).Entries.Count);
        }
    }

    [Fact]
    public async Task Concurrent_registrations_get_distinct_human_ids_without_gaps()
    {
        await SendAsync(() => app.Host.PostAsync("/api/assets", new { name = "first", kind = "saas" }, 201));
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => app.Host.PostAsync("/api/assets", new { name = "app " + i, kind = "saas" }, 201)));
        var numbers = answers.Select(a => long.Parse(Json(a).GetProperty("humanId").GetString()!["ASSET-".Length..])).Order().ToList();

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range((int)numbers[0], numbers.Count).Select(n => (long)n), numbers);
    }
}
