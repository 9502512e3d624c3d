using Inventory.Api.Accounts.Removal;
using Inventory.Api.Assets.GetAsset;
using Inventory.Api.Assets.AssetTimeline;
using Inventory.Api.Dashboard;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Accounts;
using Inventory.Domain.Accounts.Removal;
using Inventory.Domain.Assets;
using Inventory.Domain.Audit;
using Inventory.Domain.Dashboard;
using JasperFx.Events;
using Marten;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Harness.Scans;

namespace Inventory.Api.Tests.Accounts.Removal;

/// <summary>DELETE /api/accounts/{id}?markAssetsGone=...: true marks exactly that account's active assets gone, caused by the user; false leaves them.</summary>
public sealed class RemoveAccountAssetsTests(RemovalApp app) : IClassFixture<RemovalApp>
{
    private static readonly Cause Alice = Cause.User("alice");

    private async Task<IReadOnlyList<IEvent>> StreamAsync(string key)
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.FetchStreamAsync(key);
    }

    private async Task<AccountRemoved> RemovalOfAsync(string accountId) =>
        (AccountRemoved)(await StreamAsync(AccountStreams.Key(accountId))).Last(e => e.Data is AccountRemoved).Data;

    private async Task<Dictionary<string, int>> EventCountsAsync(IEnumerable<string> streams)
    {
        var counts = new Dictionary<string, int>();
        foreach (var stream in streams)
            counts[stream] = (await StreamAsync(stream)).Count;
        return counts;
    }

    [Fact]
    public async Task Marking_assets_gone_gives_each_active_asset_of_the_account_one_AssetGone_for_its_removal_and_nothing_else()
    {
        const string removed = "810000000001", kept = "810000000002";
        await app.RegisterAsync(removed);
        await app.RegisterAsync(kept);
        var ireland = await app.ScanAsync(removed, "eu-west-1", Monday, "i-1", "i-2", "i-3", "i-4");
        await app.ScanAsync(removed, "eu-west-1", Monday.AddDays(1), "i-1", "i-2", "i-3");
        var virginia = await app.ScanAsync(removed, "us-east-1", Monday, "i-9");
        var others = await app.ScanAsync(kept, "eu-west-1", Monday, "i-1", "i-2");
        var vanishedEarlier = ireland[3];
        var before = await EventCountsAsync(others.Append(vanishedEarlier));

        var tracked = await app.RemoveAsync(removed, markAssetsGone: true);

        var removal = await RemovalOfAsync(removed);
        Assert.Equal((true, Alice), (removal.MarkAssetsGone, removal.Cause));
        var expected = ireland.Take(3).Select(id => (id, "eu-west-1", Monday.AddDays(1)))
            .Append((virginia[0], "us-east-1", Monday));
        foreach (var (id, region, lastSeen) in expected)
        {
            var events = await StreamAsync(id);
            Assert.Equal(["AssetSeen", "AssetGone"], events.Select(e => e.Data.GetType().Name));
            Assert.Equal(new AssetGone(id, removed, region, "ec2", "ec2:instance", GoneReason.AccountRemoved, lastSeen, removal.At, Alice),
                events[1].Data);
        }
        // Gone before the removal, and another account's assets: not one event more.
        Assert.Equal(before, await EventCountsAsync(others.Append(vanishedEarlier)));
        Assert.Equal(GoneReason.AbsentFromCleanScan, ((AssetGone)(await StreamAsync(vanishedEarlier))[^1].Data).Reason);

        // Two at a time: Ireland's three take two batches, Virginia's one a third, and a last message finds nothing left.
        Assert.Equal(4, tracked.MessageSucceeded.MessagesOf<MarkAccountAssetsGone>().Count());
        Assert.Equal([2, 1], (await StreamAsync($"scope:{removed}:eu-west-1:ec2")).Select(e => e.Data).OfType<AccountAssetsMarkedGone>().Select(m => m.Assets));
        Assert.Equal([1], (await StreamAsync($"scope:{removed}:us-east-1:ec2")).Select(e => e.Data).OfType<AccountAssetsMarkedGone>().Select(m => m.Assets));

        // Every read model takes the new reason in its stride.
        var detail = await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{virginia[0]}");
        Assert.Equal((AssetStatus.Gone, GoneReason.AccountRemoved, removal.At, Monday), (detail.Status, detail.GoneReason, detail.GoneAt, detail.LastSeenAt));
        var timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{virginia[0]}/timeline");
        Assert.Equal(("AssetGone", GoneReason.AccountRemoved, Alice), (timeline.Entries[0].Type, timeline.Entries[0].GoneReason, timeline.Entries[0].Cause));
        Assert.Equal(AssetStatus.Active, (await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{others[0]}")).Status);
        await using var session = app.Store.QuerySession();
        var dashboard = await app.Host.GetJsonAsync<DashboardResponse>("/api/dashboard");
        Assert.Equal(new CountLine(removed, 5, 0, 0, 5, 0), dashboard.Counts.ByAccount.Single(l => l.Key == removed));
        Assert.Equal(new CountLine(kept, 2, 2, 0, 0, 0), dashboard.Counts.ByAccount.Single(l => l.Key == kept));
        var vanished = await session.Query<AssetLifecycleRow>().Where(r => r.AccountId == removed && r.Kind == LifecycleKind.Vanished).ToListAsync();
        Assert.Equal(4, vanished.Count(r => r.GoneReason == GoneReason.AccountRemoved && r.Cause == Alice));

        // Delivered again, the marking finds every asset already gone and decides nothing.
        var all = ireland.Concat(virginia).Concat(others).ToList();
        var after = await EventCountsAsync(all);
        await app.RedeliverAsync(new MarkAccountAssetsGone(removed, removal.At, removal.Cause));
        Assert.Equal(after, await EventCountsAsync(all));
    }

    [Fact]
    public async Task Removing_without_marking_assets_gone_leaves_them_as_they_are()
    {
        const string account = "810000000011";
        await app.RegisterAsync(account);
        var assets = await app.ScanAsync(account, "eu-west-1", Monday, "i-1", "i-2");

        var tracked = await app.RemoveAsync(account, markAssetsGone: false);

        Assert.False((await RemovalOfAsync(account)).MarkAssetsGone);
        Assert.Empty(tracked.Sent.MessagesOf<MarkAccountAssetsGone>());
        foreach (var id in assets)
        {
            Assert.Equal(["AssetSeen"], (await StreamAsync(id)).Select(e => e.Data.GetType().Name));
            Assert.Equal(AssetStatus.Active, (await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{id}")).Status);
        }
    }

    [Fact]
    public async Task A_late_marking_does_nothing_once_the_account_is_registered_again()
    {
        const string account = "810000000021";
        await app.RegisterAsync(account);
        var asset = (await app.ScanAsync(account, "eu-west-1", Monday, "i-1"))[0];
        await app.RemoveAsync(account, markAssetsGone: true);
        var removal = await RemovalOfAsync(account);
        await app.RegisterAsync(account);
        await app.ScanAsync(account, "eu-west-1", Monday.AddDays(7), "i-1");

        await app.RedeliverAsync(new MarkAccountAssetsGone(account, removal.At, removal.Cause));

        var events = await StreamAsync(asset);
        Assert.Equal(["AssetSeen", "AssetGone", "AssetSeen"], events.Select(e => e.Data.GetType().Name));
        Assert.True(((AssetSeen)events[2].Data).Reappeared);
        Assert.Equal(AssetStatus.Active, (await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{asset}")).Status);
    }

    [Fact]
    public async Task A_scan_finishing_after_its_account_was_removed_is_refused_and_brings_nothing_back()
    {
        const string account = "810000000009";
        await app.RegisterAsync(account);
        await app.ScanAsync(account, "eu-west-1", Monday, "i-1");
        await app.RemoveAsync(account, markAssetsGone: true);

        var late = await app.RecordAsync(Inventory.Domain.Reconciliation.ScopeScan.Clean(new Inventory.Domain.Scopes.ScopeId(account, "eu-west-1", "ec2"),
            Monday.AddDays(2), Cause.DiscoveryJob("job-late"), [Instance("i-1", account: account), Instance("i-2", account: account)]));

        Assert.True(late.Failed);
        Assert.Equal("AccountRemoved", late.Refused?.Code);
        await using var session = app.Store.QuerySession();
        var views = await session.Query<AssetView>().Where(a => a.AccountId == account).ToListAsync();
        Assert.Equal([AssetStatus.Gone], views.Select(v => v.Status));
    }
}
