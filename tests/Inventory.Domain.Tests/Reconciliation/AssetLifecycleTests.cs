using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using static Inventory.Domain.Tests.Reconciliation.ScopeDecisions;

namespace Inventory.Domain.Tests.Reconciliation;

/// <summary>One asset followed across many scans of its scope, each decision applied before the next.</summary>
public class AssetLifecycleTests
{
    [Fact]
    public void An_instance_is_seen_changed_lost_found_again_kept_through_a_failure_and_terminated()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory();
        var assetId = history.AssetIdOf(instance);

        var seen = history.Scan(instance).SingleEvent<AssetSeen>();
        Assert.Equal((assetId, false), (seen.AssetId, seen.Reappeared));
        Assert.Empty(history.Scan(instance).Appends);
        Assert.Equal([new FieldChange("state", "running", "stopped")], history.Scan(instance with { State = "stopped" }).SingleEvent<AssetChanged>().Changes);
        var stoppedAt = history.LastScanAt;
        var gone = history.Scan().SingleEvent<AssetGone>();
        Assert.Equal((GoneReason.AbsentFromCleanScan, stoppedAt), (gone.Reason, gone.LastSeenAt));
        Assert.Empty(history.Scan().Appends);
        var back = history.Scan(instance).SingleEvent<AssetSeen>();
        Assert.Equal((assetId, true), (back.AssetId, back.Reappeared));
        Assert.Empty(history.FailedScan("Throttling", "Rate exceeded").Appends);
        Assert.Equal(AssetStatus.Active, history.Asset(assetId).Status);
        Assert.Equal(GoneReason.Terminated, history.Scan(instance with { State = "terminated" }).SingleEvent<AssetGone>().Reason);
        Assert.Empty(history.Scan(instance with { State = "terminated" }).Appends);
        Assert.Empty(history.Scan().Appends);

        var record = Assert.Single(history.Assets);
        Assert.Equal(assetId, record.Id);
        Assert.Equal(AssetStatus.Gone, record.Status);
        Assert.Equal("running", history.Description(assetId)["state"]);
    }

    [Fact]
    public void Counts_across_a_busy_scan_add_up_per_outcome()
    {
        var unchanged = Resources.Ec2Instance("i-1");
        var changing = Resources.Ec2Instance("i-2");
        var leaving = Resources.Ec2Instance("i-3");
        var returning = Resources.Ec2Instance("i-4");
        var terminating = Resources.Ec2Instance("i-5");
        var history = new ScopeHistory().Saw(returning).Saw(unchanged, changing, leaving, terminating);
        Assert.Equal(AssetStatus.Gone, history.AssetFor(returning).Status);

        var decision = history.Scan(
            unchanged,
            changing with { State = "stopped" },
            returning,
            terminating with { State = "terminated" },
            Resources.Ec2Instance("i-6"),
            Resources.Named("shared"),
            Resources.Named("shared") with { State = "other" });

        Assert.Equal(Counts(observed: 7, @new: 1, reappeared: 1, changed: 1, gone: 2, unchanged: 1, ambiguous: 2), decision.Scanned().Counts);
        Assert.Equal(5, decision.Appends.Count);
        Assert.Equal(GoneReason.AbsentFromCleanScan, decision.EventFor<AssetGone>(history.AssetIdOf(leaving)).Reason);
        Assert.Equal(GoneReason.Terminated, decision.EventFor<AssetGone>(history.AssetIdOf(terminating)).Reason);
        Assert.True(decision.EventFor<AssetSeen>(history.AssetIdOf(returning)).Reappeared);
        Assert.False(decision.EventFor<AssetSeen>(history.AssetIdOf(Resources.Ec2Instance("i-6"))).Reappeared);
        Assert.Single(decision.EventFor<AssetChanged>(history.AssetIdOf(changing)).Changes);
    }
}
