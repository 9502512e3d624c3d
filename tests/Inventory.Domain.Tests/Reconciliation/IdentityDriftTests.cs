using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;

namespace Inventory.Domain.Tests.Reconciliation;

/// <summary>Keys move on after first sight (names and ids change); the streams decided at first sight stay whose they are.</summary>
public class IdentityDriftTests
{
    [Fact]
    public void A_newcomer_whose_strongest_key_names_another_asset_takes_its_next_key()
    {
        var history = new ScopeHistory();
        history.Scan(new Observation { ResourceId = "k", ResourceType = "ec2:key-pair" });                 // stream key from id "k"
        history.Scan(new Observation { ResourceId = "k", Arn = "arn:a", ResourceType = "ec2:key-pair" });  // matched by id, gains an ARN
        history.Scan(new Observation { ResourceId = "k2", Arn = "arn:a", ResourceType = "ec2:key-pair" }); // matched by ARN, id now k2
        var original = Assert.Single(history.Assets);
        var newcomer = new Observation { ResourceId = "k", Name = "web", ResourceType = "ec2:key-pair" };
        Assert.Equal(AssetKey.For(history.Scope, newcomer), original.Id);

        var decision = history.Scan(new Observation { ResourceId = "k2", Arn = "arn:a", ResourceType = "ec2:key-pair" }, newcomer);

        var started = Assert.Single(decision.Appends);
        Assert.True(started.IsNew);
        Assert.Equal(AssetKey.Candidates(history.Scope, newcomer).ElementAt(1), started.AssetId);
        Assert.Equal(2, history.Assets.Count);
        Assert.Empty(decision.Ambiguities);
    }

    [Fact]
    public void A_newcomer_whose_every_key_names_another_asset_is_reported_not_registered()
    {
        var history = new ScopeHistory();
        history.Scan(Resources.Named("deploy"));                                   // stream key from the name "deploy"
        history.Scan(Resources.Named("deploy") with { ResourceId = "key-1" });     // matched by name, gains an id
        history.Scan(Resources.Named("deploy-old") with { ResourceId = "key-1" }); // matched by id, renamed
        var original = Assert.Single(history.Assets);

        var decision = history.Scan(Resources.Named("deploy-old") with { ResourceId = "key-1" }, Resources.Named("deploy"));

        Assert.Empty(decision.Appends);
        var ambiguity = Assert.Single(decision.Ambiguities);
        Assert.Equal("deploy", ambiguity.Observation);
        Assert.Equal([original.Id], ambiguity.CandidateAssetIds);
        Assert.Single(history.Assets);
    }

    [Fact]
    public void Two_name_only_resources_of_different_types_are_two_assets()
    {
        var decision = new ScopeHistory().Scan(Resources.Named("web", "ec2:key-pair"), Resources.Named("web", "ec2:placement-group"));

        Assert.Equal(2, decision.Counts.New);
        Assert.Equal(["ec2:key-pair", "ec2:placement-group"],
            decision.Appends.Select(a => ((AssetSeen)a.Event).ResourceType).Order(StringComparer.Ordinal));
        Assert.Equal(2, decision.Appends.Select(a => a.AssetId).Distinct().Count());
    }

    [Fact]
    public void A_name_never_matches_an_asset_of_another_type()
    {
        var history = new ScopeHistory();
        history.Scan(Resources.Named("web", "ec2:key-pair"));
        var decision = history.Scan(Resources.Named("web", "ec2:placement-group"));

        Assert.Equal((1, 1), (decision.Counts.New, decision.Counts.Gone));
    }

    [Fact]
    public void A_value_cannot_imitate_a_field_boundary_in_the_fingerprint()
    {
        var forged = new Dictionary<string, string> { ["k1"] = "x\0k2\0y" };
        var honest = new Dictionary<string, string> { ["k1"] = "x", ["k2"] = "y" };
        Assert.NotEqual(AssetDescription.Fingerprint(forged), AssetDescription.Fingerprint(honest));

        var before = new Observation { ResourceId = "i-1", ResourceType = "ec2:instance", Attributes = Resources.Json("""{"A":"x","B":"y"}""") };
        var history = new ScopeHistory().Saw(before);
        var decision = history.Scan(before with { Attributes = Resources.Json("""{"A":"x\u0000attributes.B\u0000y"}""") });
        Assert.Equal(1, decision.Counts.Changed);
    }
}
