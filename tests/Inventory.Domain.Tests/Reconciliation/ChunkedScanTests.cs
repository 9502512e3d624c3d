using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using static Inventory.Domain.Tests.Reconciliation.Resources;
using static Inventory.Domain.Tests.Reconciliation.ScopeDecisions;

namespace Inventory.Domain.Tests.Reconciliation;

/// <summary>A scan decided chunk by chunk, as the listing pages in, decides what the whole scan decides; conflicts that span chunks are caught.</summary>
public class ChunkedScanTests
{
    [Fact]
    public void Chunks_decide_the_same_events_as_the_whole_scan()
    {
        Observation[] before = [Ec2Instance("i-1"), Ec2Instance("i-2"), Ec2Instance("i-3"), Ec2Instance("i-4"), Ec2Instance("i-5")];
        Observation[] after = [Ec2Instance("i-1", instanceType: "m5.large"), Ec2Instance("i-2"), Ec2Instance("i-4", state: "terminated"), Ec2Instance("i-5"), Ec2Instance("i-6")];
        var whole = new ScopeHistory().Saw(before);
        var chunked = new ScopeHistory().Saw(before);

        var expected = whole.Scan(after);
        var decision = chunked.ScanInChunks(2, after);

        // Pages decide in listing order, the whole scan by kind of event: the same events, in another order.
        Assert.Equal(Written(expected), Written(decision));
        Assert.Equal(Counts(observed: 5, @new: 1, changed: 1, gone: 2, unchanged: 2), decision.Counts);
        Assert.Equal(expected.ScopeEvent, decision.ScopeEvent);
    }

    private static IEnumerable<string> Written(Inventory.Domain.Reconciliation.ScopeDecision decision) =>
        decision.Appends.Select(a => $"{a.AssetId} {a.IsNew} {a.Event.GetType().Name} {System.Text.Json.JsonSerializer.Serialize(a.Event, a.Event.GetType())}")
            .Order(StringComparer.Ordinal);

    [Fact]
    public void A_resource_listed_again_on_a_later_page_is_one_asset()
    {
        var history = new ScopeHistory();

        var decision = history.ScanInChunks(1, Ec2Instance("i-1"), Ec2Instance("i-2"), Ec2Instance("i-1"));

        Assert.Equal(2, decision.Appends.Count(a => a.IsNew));
        Assert.Empty(decision.Ambiguities);
        Assert.Equal(Counts(observed: 3, @new: 2), decision.Counts);
    }

    [Fact]
    public void A_new_key_claimed_by_a_different_resource_on_a_later_page_is_reported_and_the_first_stays_recorded()
    {
        var first = Ec2Instance("i-1");
        var other = first with { State = "stopped", Tags = Tags(("env", "test")) };
        var history = new ScopeHistory();

        var decision = history.ScanInChunks(1, first, Ec2Instance("i-2"), other);

        var assetId = history.AssetIdOf(first);
        Assert.Equal(first.Tags["env"], ((AssetSeen)decision.Appends.Single(a => a.AssetId == assetId).Event).Fields["tags.env"]);
        var ambiguity = Assert.Single(decision.Ambiguities);
        Assert.Equal([assetId], ambiguity.CandidateAssetIds);
        Assert.Equal(Counts(observed: 3, @new: 2, ambiguous: 1), decision.Counts);
    }

    [Fact]
    public void An_asset_claimed_by_two_different_resources_on_different_pages_is_reported_and_never_gone()
    {
        var instance = Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance, Ec2Instance("i-2"));
        var assetId = history.AssetIdOf(instance);

        var decision = history.ScanInChunks(1, instance with { State = "stopped" }, Ec2Instance("i-2"), instance with { Name = "other" });

        Assert.Equal("stopped", decision.EventFor<AssetChanged>(assetId).Changes.Single().New);
        Assert.Equal([assetId], Assert.Single(decision.Ambiguities).CandidateAssetIds);
        Assert.Equal(Counts(observed: 3, changed: 1, unchanged: 1, ambiguous: 1), decision.Counts);

        // Nor on the next scan that lists neither of them cleanly apart: the asset stays until a scan settles it.
        Assert.Equal(AssetStatus.Active, history.Asset(assetId).Status);
    }

    [Fact]
    public void A_key_in_conflict_within_a_page_stays_in_conflict_on_later_pages()
    {
        var first = Ec2Instance("i-1");
        var other = first with { State = "stopped" };
        var history = new ScopeHistory();

        var decision = history.ScanInChunks(2, first, other, first);

        Assert.Empty(decision.Appends);
        Assert.Equal(3, decision.Ambiguities.Count);
        Assert.Equal(Counts(observed: 3, ambiguous: 3), decision.Counts);
    }

    [Fact]
    public void An_asset_absent_from_every_page_is_gone_only_after_the_last_page()
    {
        var history = new ScopeHistory().Saw(Ec2Instance("i-1"), Ec2Instance("i-2"), Ec2Instance("i-3"));

        var decision = history.ScanInChunks(1, Ec2Instance("i-3"), Ec2Instance("i-1"));

        var gone = decision.EventFor<AssetGone>(history.AssetIdOf(Ec2Instance("i-2")));
        Assert.Equal(GoneReason.AbsentFromCleanScan, gone.Reason);
        Assert.Same(decision.Appends[^1].Event, gone);
        Assert.Equal(Counts(observed: 2, gone: 1, unchanged: 2), decision.Counts);
    }
}
