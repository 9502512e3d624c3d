using Inventory.Domain.Assets;
using Inventory.Domain.Assets.Edits;
using Inventory.Domain.Assets.History;
using JasperFx.Events;

namespace Inventory.Domain.Tests.Assets;

public sealed class AssetVersionsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Job = Cause.DiscoveryJob("job-1");

    private static IEvent Event(object data, long version) => new Event<object>(data) { Version = version, StreamKey = "ast-1" };

    private static readonly IReadOnlyList<IEvent> History =
    [
        Event(new AssetSeen("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance", new Dictionary<string, string> { ["name"] = "web", ["state"] = "running" }, false, Monday, Job, 7), 1),
        Event(new AssetChanged("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance", [new FieldChange("state", "running", "stopped")], Monday.AddDays(1), Job), 2),
        Event(new AssetEdited("ast-1", [new FieldChange("owner", null, "alice")], Cause.User("alice"), Monday.AddDays(2)), 3),
        Event(new AssetGone("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance", GoneReason.AbsentFromCleanScan, Monday.AddDays(2), Monday.AddDays(3), Job), 4),
    ];

    [Fact]
    public void Each_event_opens_a_version_that_lasts_until_the_next()
    {
        var versions = AssetVersions.Replay("ast-1", History);

        Assert.Equal(
            [
                (Monday, (DateTimeOffset?)Monday.AddDays(1), AssetStatus.Active, ""),
                (Monday.AddDays(1), Monday.AddDays(2), AssetStatus.Inactive, ""),
                (Monday.AddDays(2), Monday.AddDays(3), AssetStatus.Inactive, "alice"),
                (Monday.AddDays(3), null, AssetStatus.Gone, "alice"),
            ],
            versions.Select(v => (v.ValidFrom, v.ValidTo, v.Status, v.Owner)));
        Assert.All(versions, v => Assert.Equal("ASSET-0007", v.View.HumanId));
        Assert.Equal(["ast-1:1", "ast-1:2", "ast-1:3", "ast-1:4"], versions.Select(v => v.Id));
    }

    [Fact]
    public void As_of_an_instant_the_asset_is_the_version_then_valid()
    {
        Assert.Null(AssetVersions.AsOf("ast-1", History, Monday.AddTicks(-1)));
        Assert.Equal("running", AssetVersions.AsOf("ast-1", History, Monday.AddHours(1))!.State);
        Assert.Equal("stopped", AssetVersions.AsOf("ast-1", History, Monday.AddDays(1))!.State);
        Assert.Equal(AssetStatus.Gone, AssetVersions.AsOf("ast-1", History, Monday.AddDays(30))!.Status);
    }
}
