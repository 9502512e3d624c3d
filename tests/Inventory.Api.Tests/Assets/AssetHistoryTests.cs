using Inventory.Api.Assets.AssetTimeline;
using Inventory.Api.Assets.GetAsset;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using static Inventory.Api.Tests.Harness.Scans;

namespace Inventory.Api.Tests.Assets;

/// <summary>One asset's life told through the API: seen, rescanned unchanged, changed, a failed scan, gone, back again.</summary>
public sealed class AssetHistoryTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    [Fact]
    public async Task An_asset_history_is_kept_exactly_through_the_api()
    {
        var web = Instance("i-0a1", name: "web-1");
        var id = AssetKey.For(Ec2EuWest1, web)!;

        // First sight.
        var first = await app.RecordAsync(Clean(Monday, web));
        Assert.Equal(1, first.Counts.New);
        var page = await app.Host.GetJsonAsync<AssetPage>("/api/assets?includeTotal=true");
        var listed = Assert.Single(page.Items);
        Assert.Equal(id, listed.Id);
        Assert.Equal("web-1", listed.Name);
        Assert.Equal(AssetStatus.Active, listed.Status);
        Assert.Equal(Monday, listed.FirstSeenAt);
        Assert.Equal(Monday, listed.LastSeenAt);
        Assert.Equal(1, page.Total);

        var detail = await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{id}");
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:instance/i-0a1", detail.Arn);
        Assert.Equal("web-1", detail.Tags["Name"]);
        Assert.Equal("t3.micro", detail.Attributes["InstanceType"]);
        Assert.Equal("eu-west-1a", detail.Attributes["Placement.AvailabilityZone"]);
        Assert.Equal(["subnet-1"], detail.Related["subnet"]);
        Assert.Equal(["10.0.0.1"], detail.IpAddresses);

        // An identical rescan writes no asset event, but moves last seen.
        var tuesday = Monday.AddDays(1);
        var rescan = await app.RecordAsync(Clean(tuesday, web));
        Assert.Equal(1, rescan.Counts.Unchanged);
        var timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline");
        Assert.Single(timeline.Entries);
        Assert.Equal(tuesday, (await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{id}")).LastSeenAt);

        // A change records each field's old and new value.
        var wednesday = Monday.AddDays(2);
        await app.RecordAsync(Clean(wednesday, Instance("i-0a1", name: "web-1", type: "t3.large")));
        timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline");
        var changed = timeline.Entries[0];
        Assert.Equal("AssetChanged", changed.Type);
        Assert.Equal(wednesday, changed.At);
        Assert.Equal(new Cause(CauseKind.DiscoveryJob, "job-" + wednesday.ToUnixTimeSeconds()), changed.Cause);
        Assert.Equal([new FieldChange("attributes.InstanceType", "t3.micro", "t3.large")], changed.Changes);
        Assert.Equal(1, (await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{id}")).ChangeCount);

        // A failed scan of the scope leaves the asset as it was.
        var thursday = Monday.AddDays(3);
        var failed = await app.RecordAsync(Failed(thursday));
        Assert.True(failed.Failed);
        detail = await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{id}");
        Assert.Equal(AssetStatus.Active, detail.Status);
        Assert.Equal(wednesday, detail.LastSeenAt);
        Assert.Equal(2, (await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline")).Total);

        // Absent from a clean scan: gone, last seen at the last scan that listed it.
        var friday = Monday.AddDays(4);
        await app.RecordAsync(Clean(friday));
        detail = await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{id}");
        Assert.Equal(AssetStatus.Gone, detail.Status);
        Assert.Equal(friday, detail.GoneAt);
        Assert.Equal(GoneReason.AbsentFromCleanScan, detail.GoneReason);
        Assert.Equal(wednesday, detail.LastSeenAt);

        // Back again: seen on the same asset, whose history stays whole, newest first.
        var saturday = Monday.AddDays(5);
        await app.RecordAsync(Clean(saturday, Instance("i-0a1", name: "web-1", type: "t3.large")));
        timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{id}/timeline");
        Assert.Equal(["AssetSeen", "AssetGone", "AssetChanged", "AssetSeen"], timeline.Entries.Select(e => e.Type));
        Assert.True(timeline.Entries[0].Reappeared);
        Assert.Equal([4L, 3L, 2L, 1L], timeline.Entries.Select(e => e.Version));
        detail = await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{id}");
        Assert.Equal(AssetStatus.Active, detail.Status);
        Assert.Equal(Monday, detail.FirstSeenAt);
        Assert.Null(detail.GoneAt);
    }
}
