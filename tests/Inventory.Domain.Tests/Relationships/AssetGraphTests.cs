using Inventory.Domain.Assets;
using Inventory.Domain.Relationships;
using Inventory.Domain.Relationships.Graph;
using static Inventory.Domain.Tests.Relationships.GraphEvents;

namespace Inventory.Domain.Tests.Relationships;

/// <summary>Derived edges from related ids: resolved whatever the order of discovery, gone with either end, pending meanwhile.</summary>
public sealed class AssetGraphTests
{
    private static readonly (string, object)[] Estate =
    [
        ("i-1", Seen("i-1", "ec2:instance", "i-1", ("subnet", ["subnet-1"]), ("vpc", ["vpc-1"]), ("security-group", ["sg-1"]))),
        ("subnet-1", Seen("subnet-1", "vpc:subnet", "subnet-1", ("vpc", ["vpc-1"]))),
        ("vpc-1", Seen("vpc-1", "vpc:vpc", "vpc-1")),
        ("sg-1", Seen("sg-1", "vpc:security-group", "sg-1", ("vpc", ["vpc-1"]))),
    ];

    private static readonly string[] EstateEdges =
    [
        "i-1|in-subnet|subnet-1", "i-1|in-vpc|vpc-1", "i-1|uses-security-group|sg-1", "sg-1|in-vpc|vpc-1", "subnet-1|in-vpc|vpc-1",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    public void Edges_resolve_whatever_the_order_and_batching(int batchSize)
    {
        Assert.Equal(EstateEdges, new GraphEvents().Project(batchSize, Estate).EdgeIds);
        Assert.Equal(EstateEdges, new GraphEvents().Project(batchSize, [.. Estate.Reverse()]).EdgeIds);
    }

    [Fact]
    public void A_reference_to_an_undiscovered_resource_waits_and_resolves_when_it_appears()
    {
        var graph = new GraphEvents().Project(10, Estate[0]);
        Assert.Empty(graph.Edges);

        graph.Project(10, Estate[2]);
        Assert.Equal(["i-1|in-vpc|vpc-1"], graph.EdgeIds);
        var appeared = Assert.Single(graph.History);
        Assert.Equal((EdgeChangeKind.Appeared, EdgeChangeReason.TargetAppeared), (appeared.Change, appeared.Reason));
    }

    [Fact]
    public void A_gone_target_takes_its_edges_and_they_come_back_when_it_does()
    {
        var later = Monday.AddHours(1);
        var graph = new GraphEvents().Project(10, Estate).Project(10, ("sg-1", Gone("sg-1", "vpc:security-group", later)));

        Assert.Equal(["i-1|in-subnet|subnet-1", "i-1|in-vpc|vpc-1", "subnet-1|in-vpc|vpc-1"], graph.EdgeIds);
        var removed = graph.History.Where(h => h.Change == EdgeChangeKind.Removed).OrderBy(h => h.EdgeId).ToList();
        Assert.Equal(
            [("i-1|uses-security-group|sg-1", EdgeChangeReason.TargetGone, later), ("sg-1|in-vpc|vpc-1", EdgeChangeReason.SourceGone, later)],
            removed.Select(h => (h.EdgeId, h.Reason, h.At)));

        graph.Project(10, ("sg-1", Seen("sg-1", "vpc:security-group", "sg-1", ("vpc", ["vpc-1"])) with { Reappeared = true }));
        Assert.Equal(EstateEdges, graph.EdgeIds);
    }

    [Fact]
    public void An_edge_disappears_when_the_description_no_longer_names_it()
    {
        var later = Monday.AddHours(1);
        var graph = new GraphEvents().Project(10, Estate).Project(10,
            ("i-1", Changed("i-1", "ec2:instance", later, new FieldChange("related.security-group", "[\"sg-1\"]", null))));

        Assert.DoesNotContain("i-1|uses-security-group|sg-1", graph.EdgeIds);
        var removed = graph.History.Single(h => h.Change == EdgeChangeKind.Removed);
        Assert.Equal(EdgeChangeReason.NoLongerNamed, removed.Reason);
        Assert.Equal(Cause.DiscoveryJob("job-1"), removed.Cause);
    }

    [Fact]
    public void Load_balancers_forward_to_target_groups_that_target_instances_and_ip_targets_are_no_resources()
    {
        const string lbArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1";
        const string tgArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/2";
        var graph = new GraphEvents().Project(10,
            ("lb", Seen("lb", "elbv2:load-balancer", "web", ("target-group", [tgArn]), ("target", ["i-1"]))),
            ("tg", SeenWithArn("tg", "elbv2:target-group", "web", tgArn, ("load-balancer", [lbArn]), ("target", ["i-1", "10.0.0.9"]))),
            Estate[0]);

        Assert.Equal(["lb|forwards-to|tg", "tg|targets|i-1"], graph.EdgeIds);
        Assert.DoesNotContain(graph.Node("tg").Supports, s => s.Reference == "10.0.0.9");
    }

    [Fact]
    public void Cloudfront_reaches_buckets_by_name_and_route53_aliases_by_dns_name_in_any_account()
    {
        var graph = new GraphEvents().Project(10,
            ("cf", Seen("cf", "cloudfront:distribution", "E1", ["d111.cloudfront.net"], ("bucket", ["media"]), ("origin", ["media.s3.amazonaws.com"]))),
            ("zone", Seen("zone", "route53:hosted-zone", "Z1", ("alias", ["d111.cloudfront.net"]))),
            ("bucket", Seen("bucket", "s3:bucket", "media") with { AccountId = "210987654321" }));

        Assert.Equal(["cf|origin|bucket", "zone|aliases|cf"], graph.EdgeIds);
        Assert.All(graph.Edges.Values, e => Assert.Equal(Dependence.SourceOnTarget, e.Dependence));
    }

    [Fact]
    public void Ids_resolve_only_inside_the_source_account()
    {
        var graph = new GraphEvents().Project(10, Estate[0], ("vpc-x", Seen("vpc-x", "vpc:vpc", "vpc-1") with { AccountId = "210987654321" }));
        Assert.Empty(graph.Edges);
    }

    [Fact]
    public void Manual_edges_survive_discovery_of_either_end_going()
    {
        var graph = new GraphEvents().Project(10, Estate).Project(10,
            ("i-1", new RelationshipAdded("i-1", "vpc-1", EdgeTypes.DependsOn, "needs the NAT", Monday, Cause.User("alice"))),
            ("vpc-1", Gone("vpc-1", "vpc:vpc", Monday.AddHours(1))));

        var manual = graph.Edges["i-1|depends-on|vpc-1"];
        Assert.Equal((EdgeOrigin.Manual, "needs the NAT"), (manual.Origin, manual.Description));
        Assert.DoesNotContain("i-1|in-vpc|vpc-1", graph.EdgeIds);

        graph.Project(10, ("i-1", new RelationshipRemoved("i-1", "vpc-1", EdgeTypes.DependsOn, Monday.AddHours(2), Cause.User("bob"))));
        Assert.DoesNotContain("i-1|depends-on|vpc-1", graph.EdgeIds);
        Assert.Equal(EdgeChangeReason.RemovedByUser, graph.History[^1].Reason);
    }

    private static AssetSeen SeenWithArn(string id, string type, string resourceId, string arn, params (string, string[])[] related)
    {
        var seen = Seen(id, type, resourceId, related);
        return seen with { Fields = new Dictionary<string, string>(seen.Fields) { ["arn"] = arn } };
    }
}
