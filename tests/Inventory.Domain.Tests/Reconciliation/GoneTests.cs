using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Domain.Tests.Reconciliation.ScopeDecisions;

namespace Inventory.Domain.Tests.Reconciliation;

public class GoneTests
{
    [Fact]
    public void Given_a_scope_that_saw_two_instances_when_a_clean_scan_lists_one_then_the_other_is_gone_as_absent()
    {
        var kept = Resources.Ec2Instance("i-1");
        var removed = Resources.Ec2Instance("i-2", instanceType: "m5.large");
        var history = new ScopeHistory().Saw(kept, removed);
        var seenAt = history.LastScanAt;
        var at = history.NextScanAt;
        var cause = history.NextCause;

        var decision = history.Scan(kept);

        var append = Assert.Single(decision.Appends);
        Assert.False(append.IsNew);
        Assert.Equal(history.AssetIdOf(removed), append.AssetId);
        var gone = Assert.IsType<AssetGone>(append.Event);
        Assert.Equal(
            new AssetGone(history.AssetIdOf(removed), "111111111111", "eu-west-1", "ec2", "ec2:instance",
                GoneReason.AbsentFromCleanScan, seenAt, at, cause),
            gone);
        Assert.Equal(Counts(observed: 1, gone: 1, unchanged: 1), decision.Scanned().Counts);
        Assert.Equal(AssetStatus.Gone, history.AssetFor(removed).Status);
        Assert.Equal(AssetStatus.Active, history.AssetFor(kept).Status);
    }

    [Fact]
    public void An_absent_asset_was_last_seen_at_the_previous_clean_scan_when_that_is_later_than_its_last_observation()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);
        var firstSeenAt = history.LastScanAt;
        history.Saw(instance); // unchanged: no event, so the asset's LastObservedAt stays at the first scan
        var previousCleanScanAt = history.LastScanAt;

        var gone = history.Scan().SingleEvent<AssetGone>();

        Assert.Equal(firstSeenAt, history.AssetFor(instance).LastObservedAt);
        Assert.True(previousCleanScanAt > firstSeenAt);
        Assert.Equal(previousCleanScanAt, gone.LastSeenAt);
    }

    [Fact]
    public void An_absent_asset_was_last_seen_at_its_last_observation_when_that_is_later_than_the_previous_clean_scan()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);
        var observedAt = history.AssetFor(instance).LastObservedAt;
        var scan = ScopeScan.Clean(history.Scope, observedAt.AddHours(5), Cause.DiscoveryJob("job-9"), []);

        var earlierCleanScan = Reconciler.Decide(new ScopeState(observedAt.AddHours(-3), history.Assets), scan, VolatileFields.Default, history.Description);
        var noCleanScan = Reconciler.Decide(new ScopeState(null, history.Assets), scan, VolatileFields.Default, history.Description);

        Assert.Equal(observedAt, earlierCleanScan.SingleEvent<AssetGone>().LastSeenAt);
        Assert.Equal(observedAt, noCleanScan.SingleEvent<AssetGone>().LastSeenAt);
    }

    [Fact]
    public void A_gone_asset_still_absent_is_not_gone_again()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance).Saw();

        var decision = history.Scan();

        Assert.Equal(AssetStatus.Gone, history.AssetFor(instance).Status);
        Assert.Empty(decision.Appends);
        Assert.Equal(Counts(), decision.Scanned().Counts);
    }

    [Fact]
    public void Given_a_scope_that_saw_instances_when_its_scan_fails_then_no_asset_is_touched_and_the_failure_is_recorded()
    {
        var history = new ScopeHistory().Saw(Resources.Ec2Instance("i-1"), Resources.Ec2Instance("i-2"));
        var at = history.NextScanAt;
        var cause = history.NextCause;

        var decision = history.FailedScan("AccessDenied", "User is not authorized to perform: ec2:DescribeInstances");

        Assert.Empty(decision.Appends);
        Assert.Empty(decision.Ambiguities);
        Assert.Equal(ScanCounts.None, decision.Counts);
        Assert.Equal(
            new ScopeScanFailed("111111111111", "eu-west-1", "ec2", at, cause, "AccessDenied", "User is not authorized to perform: ec2:DescribeInstances"),
            Assert.IsType<ScopeScanFailed>(decision.ScopeEvent));
        Assert.All(history.Assets, a => Assert.Equal(AssetStatus.Active, a.Status));
        Assert.Equal(2, history.Assets.Count);
    }

    [Fact]
    public void A_failed_scan_does_not_move_the_last_clean_scan_so_a_later_absence_dates_from_the_last_clean_one()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);
        var lastCleanScanAt = history.LastScanAt;
        history.FailedScan("Throttling", "Rate exceeded");

        var gone = history.Scan().SingleEvent<AssetGone>();

        Assert.Equal(lastCleanScanAt, gone.LastSeenAt);
        Assert.Equal(GoneReason.AbsentFromCleanScan, gone.Reason);
    }

    [Fact]
    public void A_scan_with_a_failure_is_failed_even_if_it_carries_observations()
    {
        var history = new ScopeHistory().Saw(Resources.Ec2Instance("i-1"));
        var scan = new ScopeScan(history.Scope, history.NextScanAt, history.NextCause, [Resources.Ec2Instance("i-2")], new ScanFailure("Partial", "page 3 failed"));

        var decision = Reconciler.Decide(history.State, scan, VolatileFields.Default, history.Description);

        Assert.Empty(decision.Appends);
        var failed = Assert.IsType<ScopeScanFailed>(decision.ScopeEvent);
        Assert.Equal(("Partial", "page 3 failed"), (failed.ErrorCode, failed.Message));
    }

    [Fact]
    public void A_scan_without_observations_or_failure_is_an_unknown_failure()
    {
        var history = new ScopeHistory().Saw(Resources.Ec2Instance("i-1"));
        var scan = new ScopeScan(history.Scope, history.NextScanAt, history.NextCause, Observations: null);

        var decision = Reconciler.Decide(history.State, scan, VolatileFields.Default, history.Description);

        Assert.Empty(decision.Appends);
        var failed = Assert.IsType<ScopeScanFailed>(decision.ScopeEvent);
        Assert.Equal("Unknown", failed.ErrorCode);
        Assert.Equal(ScanCounts.None, decision.Counts);
    }

    [Fact]
    public void Given_an_asset_gone_when_a_clean_scan_lists_it_again_then_it_reappears_on_the_same_asset()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance).Saw();
        var assetId = Assert.Single(history.Assets).Id;
        var at = history.NextScanAt;

        var decision = history.Scan(instance);

        var append = Assert.Single(decision.Appends);
        Assert.False(append.IsNew);
        Assert.Equal(assetId, append.AssetId);
        var seen = Assert.IsType<AssetSeen>(append.Event);
        Assert.Equal(assetId, seen.AssetId);
        Assert.True(seen.Reappeared);
        Assert.Equal(at, seen.ObservedAt);
        Assert.Equal(Sorted(AssetDescription.Normalise(instance, VolatileFields.Default)), Sorted(seen.Fields));
        Assert.Equal(Counts(observed: 1, reappeared: 1), decision.Scanned().Counts);
        var record = Assert.Single(history.Assets);
        Assert.Equal(AssetStatus.Active, record.Status);
        Assert.Equal(at, record.LastObservedAt);
    }

    [Fact]
    public void An_asset_reappearing_with_a_different_description_is_seen_with_the_new_description()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance).Saw();
        var resized = instance with { Attributes = Resources.Json("""{"InstanceType":"m5.large"}""") };

        var seen = history.Scan(resized).SingleEvent<AssetSeen>();

        Assert.True(seen.Reappeared);
        Assert.Equal(history.AssetIdOf(instance), seen.AssetId);
        Assert.Equal("m5.large", seen.Fields["attributes.InstanceType"]);
        Assert.Equal("m5.large", history.Description(history.AssetIdOf(instance))["attributes.InstanceType"]);
    }

    [Theory]
    [InlineData("terminated", GoneReason.Terminated)]
    [InlineData("deleted", GoneReason.Terminated)]
    [InlineData("deleting", GoneReason.Deleting)]
    [InlineData("shutting-down", GoneReason.Deleting)]
    public void An_active_asset_listed_in_a_terminal_state_is_gone_for_that_reason(string state, GoneReason reason)
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);
        var seenAt = history.LastScanAt;
        var at = history.NextScanAt;
        var cause = history.NextCause;

        var decision = history.Scan(instance with { State = state });

        Assert.Equal(
            new AssetGone(history.AssetIdOf(instance), "111111111111", "eu-west-1", "ec2", "ec2:instance", reason, seenAt, at, cause),
            decision.SingleEvent<AssetGone>());
        Assert.Equal(Counts(observed: 1, gone: 1), decision.Scanned().Counts);
        Assert.Equal(AssetStatus.Gone, history.AssetFor(instance).Status);
    }

    [Fact]
    public void An_asset_gone_as_terminated_and_listed_terminated_again_yields_nothing()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance).Saw(instance with { State = "terminated" });

        var decision = history.Scan(instance with { State = "terminated" });

        Assert.Empty(decision.Appends);
        Assert.Equal(Counts(observed: 1, unchanged: 1), decision.Scanned().Counts);
        Assert.Equal(AssetStatus.Gone, history.AssetFor(instance).Status);
    }

    [Fact]
    public void An_asset_gone_as_deleting_that_then_lists_as_terminated_and_then_drops_out_yields_nothing_more()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);
        Assert.Equal(GoneReason.Deleting, history.Scan(instance with { State = "shutting-down" }).SingleEvent<AssetGone>().Reason);

        var terminated = history.Scan(instance with { State = "terminated" });
        var absent = history.Scan();

        Assert.Empty(terminated.Appends);
        Assert.Empty(absent.Appends);
        Assert.Equal(AssetStatus.Gone, history.AssetFor(instance).Status);
    }

    [Theory]
    [InlineData("terminated")]
    [InlineData("deleting")]
    public void A_resource_never_seen_and_already_terminal_never_becomes_an_asset(string state)
    {
        var history = new ScopeHistory();

        var decision = history.Scan(Resources.Ec2Instance("i-1", state: state));

        Assert.Empty(decision.Appends);
        Assert.Empty(history.Assets);
        Assert.Equal(Counts(observed: 1), decision.Scanned().Counts);
    }

    [Fact]
    public void A_terminated_resource_listed_next_to_a_live_one_only_registers_the_live_one()
    {
        var live = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory();

        var decision = history.Scan(Resources.Ec2Instance("i-0", state: "terminated"), live);

        var append = Assert.Single(decision.Appends);
        Assert.Equal(history.AssetIdOf(live), append.AssetId);
        Assert.IsType<AssetSeen>(append.Event);
        Assert.Equal(Counts(observed: 2, @new: 1), decision.Counts);
    }
}
