using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Relationships;
using Inventory.Domain.Relationships.Manual;

namespace Inventory.Domain.Tests.Relationships;

/// <summary>Manual edges as pure decisions over exact write-side state: what is accepted and what each refusal names.</summary>
public sealed class RelationshipDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Alice = Cause.User("alice");
    private static readonly AssetRecord App = Record("ast-app", "111111111111");
    private static readonly AssetRecord Db = Record("ast-db", "111111111111");
    private static readonly AssetRecord Other = Record("ast-other", "222222222222");

    private static AssetRecord Record(string id, string account, AssetStatus status = AssetStatus.Active) =>
        new() { Id = id, AccountId = account, Status = status, ResourceType = "ec2:instance" };

    private static RelationshipDecision Add(AssetRecord? source, AssetRecord? target, string type = EdgeTypes.DependsOn,
        ManualRelationships? existing = null, string? description = "reads orders") =>
        RelationshipDecisions.Add(source?.Id ?? "ast-missing", source, new RelationshipInput(target?.Id ?? "ast-unknown", type, description), target,
            existing, Now, Alice);

    private static IReadOnlyDictionary<string, string[]> Errors(RelationshipDecision decision) =>
        Assert.IsType<RelationshipDecision.Invalid>(decision).Errors;

    [Fact]
    public void A_typed_edge_between_two_assets_is_recorded_with_who_added_it()
    {
        var accepted = Assert.IsType<RelationshipDecision.Accepted>(Add(App, Db));
        Assert.Equal(new RelationshipAdded("ast-app", "ast-db", EdgeTypes.DependsOn, "reads orders", Now, Alice), Assert.Single(accepted.Events));
    }

    [Fact]
    public void Unknown_assets_are_not_found_and_named()
    {
        Assert.Equal("id", Assert.IsType<RelationshipDecision.NotFound>(Add(null, Db)).Field);
        Assert.Equal("targetId", Assert.IsType<RelationshipDecision.NotFound>(Add(App, null)).Field);
    }

    [Fact]
    public void An_asset_cannot_be_related_to_itself() =>
        Assert.Contains("itself", Assert.Single(Errors(Add(App, App))["targetId"]));

    [Fact]
    public void The_same_edge_twice_is_a_conflict()
    {
        var existing = new ManualRelationships { Id = App.Id, Edges = [new ManualEdge(EdgeTypes.DependsOn, Db.Id, null)] };
        var conflict = Assert.IsType<RelationshipDecision.Conflict>(Add(App, Db, existing: existing));
        Assert.Equal("targetId", conflict.Field);
        Assert.IsType<RelationshipDecision.Accepted>(Add(App, Db, EdgeTypes.ConnectsTo, existing));
    }

    [Fact]
    public void Contains_stays_inside_one_account_while_dependencies_may_cross()
    {
        Assert.Contains("one account", Assert.Single(Errors(Add(App, Other, EdgeTypes.Contains))["targetId"]));
        Assert.IsType<RelationshipDecision.Accepted>(Add(App, Other, EdgeTypes.DependsOn));
    }

    [Fact]
    public void Gone_assets_cannot_be_related() =>
        Assert.Contains("gone", Assert.Single(Errors(Add(App, Record("ast-old", "111111111111", AssetStatus.Gone)))["targetId"]));

    [Theory]
    [InlineData("in-vpc")]
    [InlineData("Depends-On")]
    [InlineData("")]
    public void Only_the_manual_types_can_be_added(string type) => Assert.Contains("type", Errors(Add(App, Db, type)).Keys);

    [Fact]
    public void A_description_has_a_limit() =>
        Assert.Contains("description", Errors(Add(App, Db, description: new string('x', RelationshipDecisions.MaxDescriptionLength + 1))).Keys);

    [Fact]
    public void Removing_needs_the_manual_edge_to_exist()
    {
        var existing = new ManualRelationships { Id = App.Id, Edges = [new ManualEdge(EdgeTypes.ManagedBy, Db.Id, null)] };
        Assert.IsType<RelationshipDecision.NotFound>(RelationshipDecisions.Remove(App.Id, App, EdgeTypes.DependsOn, Db.Id, existing, Now, Alice));
        var accepted = Assert.IsType<RelationshipDecision.Accepted>(RelationshipDecisions.Remove(App.Id, App, EdgeTypes.ManagedBy, Db.Id, existing, Now, Alice));
        Assert.Equal(new RelationshipRemoved(App.Id, Db.Id, EdgeTypes.ManagedBy, Now, Alice), Assert.Single(accepted.Events));
    }

    [Fact]
    public void A_bulk_list_names_each_bad_entry()
    {
        Assert.Equal(["sourceIds"], RelationshipDecisions.CheckSources([]).Keys);
        Assert.Equal(["sourceIds[1]", "sourceIds[2]"], RelationshipDecisions.CheckSources(["a", " ", "a"]).Keys.Order());
    }

    [Fact]
    public void A_bulk_entry_refused_for_its_source_names_its_position()
    {
        var decision = RelationshipDecisions.Add(Db.Id, Db, new RelationshipInput(Db.Id, EdgeTypes.DependsOn, null), Db, null, Now, Alice, "sourceIds[3]");
        Assert.Equal(["sourceIds[3]"], Errors(decision).Keys);
    }
}
