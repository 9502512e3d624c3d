using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Domain.Tests.Reconciliation.ScopeDecisions;

namespace Inventory.Domain.Tests.Reconciliation;

public class MatchingTests
{
    private const string ArnA = "arn:aws:ec2:eu-west-1:111111111111:key-pair/key-a";
    private const string ArnB = "arn:aws:ec2:eu-west-1:111111111111:key-pair/key-b";

    [Fact]
    public void The_arn_matches_first_even_when_the_resource_id_and_name_differ()
    {
        var before = new Observation { Arn = ArnA, ResourceId = "key-1", Name = "deploy", ResourceType = "ec2:key-pair" };
        var history = new ScopeHistory().Saw(before);

        var decision = history.Scan(before with { ResourceId = "key-2", Name = "deploy-2" });

        var changed = decision.SingleEvent<AssetChanged>();
        Assert.Equal(history.AssetIdOf(before), changed.AssetId);
        Assert.Equal([new FieldChange("name", "deploy", "deploy-2"), new FieldChange("resource_id", "key-1", "key-2")], changed.Changes);
        Assert.Equal(Counts(observed: 1, changed: 1), decision.Counts);
    }

    [Fact]
    public void The_resource_id_matches_when_the_record_has_no_arn()
    {
        var before = new Observation { ResourceId = "i-1", Name = "web", ResourceType = "ec2:instance", State = "running" };
        var history = new ScopeHistory().Saw(before);
        var assetId = Assert.Single(history.Assets).Id;

        var decision = history.Scan(before with { Arn = Resources.InstanceArn("i-1"), Name = "web-renamed" });

        var changed = decision.SingleEvent<AssetChanged>();
        Assert.Equal(assetId, changed.AssetId);
        Assert.Equal([new FieldChange("arn", null, Resources.InstanceArn("i-1")), new FieldChange("name", "web", "web-renamed")], changed.Changes);
        Assert.Equal(Counts(observed: 1, changed: 1), decision.Counts);
        Assert.Equal(Resources.InstanceArn("i-1"), history.Asset(assetId).Arn);
    }

    [Fact]
    public void Once_an_arn_is_recorded_it_is_matched_on_it_and_the_asset_keeps_the_id_decided_at_first_sight()
    {
        var byId = new Observation { ResourceId = "i-1", ResourceType = "ec2:instance", State = "running" };
        var history = new ScopeHistory().Saw(byId).Saw(byId with { Arn = Resources.InstanceArn("i-1") });
        var assetId = AssetKey.For(history.Scope, byId);

        var decision = history.Scan(byId with { Arn = Resources.InstanceArn("i-1"), ResourceId = "i-1-renumbered" });

        Assert.NotEqual(assetId, AssetKey.For(history.Scope, byId with { Arn = Resources.InstanceArn("i-1") }));
        Assert.Equal(assetId, decision.SingleEvent<AssetChanged>().AssetId);
        Assert.Equal(assetId, Assert.Single(history.Assets).Id);
    }

    [Fact]
    public void The_name_matches_when_the_record_has_neither_arn_nor_resource_id()
    {
        var named = Resources.Named("deploy") with { State = "available" };
        var history = new ScopeHistory().Saw(named);

        var decision = history.Scan(named with { State = "in-use", Arn = ArnA });

        var changed = decision.SingleEvent<AssetChanged>();
        Assert.Equal(history.AssetIdOf(named), changed.AssetId);
        Assert.Equal([new FieldChange("arn", null, ArnA), new FieldChange("state", "available", "in-use")], changed.Changes);
    }

    [Fact]
    public void The_name_matches_a_record_with_an_arn_when_the_observation_has_none()
    {
        var withArn = new Observation { Arn = ArnA, Name = "deploy", ResourceType = "ec2:key-pair" };
        var history = new ScopeHistory().Saw(withArn);

        var decision = history.Scan(Resources.Named("deploy"));

        var append = Assert.Single(decision.Appends);
        Assert.Equal(history.AssetIdOf(withArn), append.AssetId);
        Assert.False(append.IsNew);
        Assert.Equal([new FieldChange("arn", ArnA, null)], Assert.IsType<AssetChanged>(append.Event).Changes);
        Assert.Equal(Counts(observed: 1, changed: 1), decision.Counts);
    }

    [Fact]
    public void A_name_never_overrides_a_conflicting_arn_the_old_asset_is_gone_and_the_new_one_seen()
    {
        var old = new Observation { Arn = ArnA, Name = "deploy", ResourceType = "ec2:key-pair" };
        var replacement = old with { Arn = ArnB };
        var history = new ScopeHistory().Saw(old);
        var oldId = history.AssetIdOf(old);

        var decision = history.Scan(replacement);

        Assert.Equal(2, decision.Appends.Count);
        var newId = AssetKey.For(history.Scope, replacement);
        Assert.NotEqual(oldId, newId);
        var seen = decision.EventFor<AssetSeen>(newId!);
        Assert.False(seen.Reappeared);
        Assert.True(Assert.Single(decision.Appends, a => a.AssetId == newId).IsNew);
        Assert.Equal(ArnB, seen.Fields["arn"]);
        Assert.Equal(GoneReason.AbsentFromCleanScan, decision.EventFor<AssetGone>(oldId).Reason);
        Assert.Equal(Counts(observed: 1, @new: 1, gone: 1), decision.Counts);
    }

    [Fact]
    public void A_name_never_overrides_a_conflicting_resource_id()
    {
        var old = new Observation { ResourceId = "i-1", Name = "web", ResourceType = "ec2:instance" };
        var replacement = old with { ResourceId = "i-2" };
        var history = new ScopeHistory().Saw(old);

        var decision = history.Scan(replacement);

        Assert.False(decision.EventFor<AssetSeen>(history.AssetIdOf(replacement)).Reappeared);
        Assert.Equal(GoneReason.AbsentFromCleanScan, decision.EventFor<AssetGone>(history.AssetIdOf(old)).Reason);
        Assert.Equal(Counts(observed: 1, @new: 1, gone: 1), decision.Counts);
    }

    [Fact]
    public void A_resource_id_never_overrides_a_conflicting_arn()
    {
        var old = new Observation { Arn = ArnA, ResourceId = "key-1", ResourceType = "ec2:key-pair" };
        var replacement = old with { Arn = ArnB };
        var history = new ScopeHistory().Saw(old);

        var decision = history.Scan(replacement);

        Assert.False(decision.EventFor<AssetSeen>(history.AssetIdOf(replacement)).Reappeared);
        Assert.Equal(GoneReason.AbsentFromCleanScan, decision.EventFor<AssetGone>(history.AssetIdOf(old)).Reason);
    }

    [Fact]
    public void Two_assets_sharing_a_name_and_an_observation_with_that_name_is_ambiguous_and_neither_asset_is_gone()
    {
        var history = new ScopeHistory()
            .Holds("ast-first", Resources.Named("shared"))
            .Holds("ast-second", Resources.Named("shared"));

        var decision = history.Scan(Resources.Named("shared") with { State = "available" });

        Assert.Empty(decision.Appends);
        var ambiguity = Assert.Single(decision.Ambiguities);
        Assert.Equal("shared", ambiguity.Observation);
        Assert.Equal(["ast-first", "ast-second"], ambiguity.CandidateAssetIds.Order(StringComparer.Ordinal));
        Assert.Equal("Several assets match this resource.", ambiguity.Reason);
        Assert.Equal(Counts(observed: 1, ambiguous: 1), decision.Scanned().Counts);
        Assert.All(history.Assets, a => Assert.Equal(AssetStatus.Active, a.Status));
    }

    [Fact]
    public void Two_different_observations_claiming_one_asset_are_ambiguous_and_the_asset_is_not_gone()
    {
        var named = Resources.Named("deploy");
        var history = new ScopeHistory().Saw(named);
        var assetId = history.AssetIdOf(named);

        var decision = history.Scan(named with { Arn = ArnA }, named with { Arn = ArnB });

        Assert.Empty(decision.Appends);
        Assert.Equal(
            [
                new AmbiguousMatch(ArnA, [assetId], "Several resources in the scan match this asset."),
                new AmbiguousMatch(ArnB, [assetId], "Several resources in the scan match this asset."),
            ],
            decision.Ambiguities,
            new AmbiguousMatchComparer());
        Assert.Equal(Counts(observed: 2, ambiguous: 2), decision.Scanned().Counts);
        Assert.Equal(AssetStatus.Active, history.Asset(assetId).Status);
    }

    [Fact]
    public void The_same_observation_listed_twice_is_one_resource()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory();

        var first = history.Scan(instance, instance);
        var again = history.Scan(instance, instance with { IpAddresses = [.. instance.IpAddresses.Reverse()] });

        Assert.False(first.SingleEvent<AssetSeen>().Reappeared);
        Assert.Empty(first.Ambiguities);
        Assert.Equal(Counts(observed: 2, @new: 1), first.Counts);
        Assert.Empty(again.Appends);
        Assert.Empty(again.Ambiguities);
        Assert.Equal(Counts(observed: 2, unchanged: 1), again.Counts);
    }

    [Fact]
    public void Two_different_new_resources_with_one_match_key_are_ambiguous_and_neither_is_registered()
    {
        var history = new ScopeHistory();

        var decision = history.Scan(Resources.Ec2Instance("i-1", state: "running"), Resources.Ec2Instance("i-1", state: "stopped"));

        Assert.Empty(decision.Appends);
        Assert.Equal(2, decision.Ambiguities.Count);
        Assert.All(decision.Ambiguities, a =>
        {
            Assert.Equal(Resources.InstanceArn("i-1"), a.Observation);
            Assert.Empty(a.CandidateAssetIds);
            Assert.Equal("Several resources in the scan share this match key.", a.Reason);
        });
        Assert.Equal(Counts(observed: 2, ambiguous: 2), decision.Counts);
    }

    [Fact]
    public void A_resource_with_no_arn_id_or_name_is_reported_and_never_registered()
    {
        var history = new ScopeHistory();

        var decision = history.Scan(new Observation { ResourceType = "ec2:instance", State = "running" });

        Assert.Empty(decision.Appends);
        var ambiguity = Assert.Single(decision.Ambiguities);
        Assert.Equal("unnamed ec2:instance", ambiguity.Observation);
        Assert.Empty(ambiguity.CandidateAssetIds);
        Assert.Equal(Counts(observed: 1, ambiguous: 1), decision.Counts);
    }

    [Fact]
    public void An_ambiguity_does_not_stop_the_rest_of_the_scan_being_decided()
    {
        var clear = Resources.Ec2Instance("i-9");
        var history = new ScopeHistory()
            .Holds("ast-first", Resources.Named("shared"))
            .Holds("ast-second", Resources.Named("shared"))
            .Saw(Resources.Named("shared"), clear);
        Assert.Single(history.Assets, a => a.Id == history.AssetIdOf(clear));

        var decision = history.Scan(Resources.Named("shared"), clear with { State = "stopped" }, Resources.Ec2Instance("i-10"));

        Assert.Single(decision.Ambiguities);
        Assert.Equal([new FieldChange("state", "running", "stopped")], decision.EventFor<AssetChanged>(history.AssetIdOf(clear)).Changes);
        Assert.False(decision.EventFor<AssetSeen>(history.AssetIdOf(Resources.Ec2Instance("i-10"))).Reappeared);
        Assert.Equal(Counts(observed: 3, @new: 1, changed: 1, ambiguous: 1), decision.Counts);
    }

    [Fact]
    public void The_same_arn_in_another_accounts_scope_is_another_asset()
    {
        var observation = new Observation { Arn = ArnA, Name = "deploy", ResourceType = "ec2:key-pair" };
        var mine = new ScopeHistory(new ScopeId(Resources.Account, "eu-west-1", "ec2"));
        var theirs = new ScopeHistory(new ScopeId(Resources.OtherAccount, "eu-west-1", "ec2"));

        var mineSeen = mine.Scan(observation).SingleEvent<AssetSeen>();
        var theirsSeen = theirs.Scan(observation).SingleEvent<AssetSeen>();

        Assert.NotEqual(mineSeen.AssetId, theirsSeen.AssetId);
        Assert.Equal(Resources.Account, mineSeen.AccountId);
        Assert.Equal(Resources.OtherAccount, theirsSeen.AccountId);
        Assert.Equal(AssetKey.For(theirs.Scope, observation), theirsSeen.AssetId);
    }

    private sealed class AmbiguousMatchComparer : IEqualityComparer<AmbiguousMatch>
    {
        public bool Equals(AmbiguousMatch? x, AmbiguousMatch? y) =>
            x is not null && y is not null && x.Observation == y.Observation && x.Reason == y.Reason &&
            x.CandidateAssetIds.SequenceEqual(y.CandidateAssetIds);

        public int GetHashCode(AmbiguousMatch obj) => HashCode.Combine(obj.Observation, obj.Reason);
    }
}
