using Inventory.Api.Relationships;
using Inventory.Api.Relationships.AssetRelationships;
using Inventory.Api.Relationships.RelationshipHistory;
using Inventory.Api.Tests.DiscoveryJobs;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Relationships;
using Inventory.Domain.Relationships.Graph;
using Inventory.StubAws.Services.Elbv2;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Relationships;

/// <summary>The graph a discovery derives from a web estate, how it follows a later discovery, and that a rebuild gives it back.</summary>
public sealed class DiscoveredGraphTests(DiscoveryJobApp app) : IClassFixture<DiscoveryJobApp>
{
    private async Task<string> DiscoverAsync(string accountId) =>
        Json(await app.StartAndWaitAsync(new { accountIds = new[] { accountId } })).GetProperty("jobId").GetGuid().ToString("D");

    private async Task<string> IdOfAsync(string accountId, string name) => (await app.Host.AssetsOfAsync(accountId)).Single(a => a.Name == name).Id;

    [Fact]
    public async Task A_discovered_estate_holds_exactly_the_expected_edges_and_answers_graph_queries()
    {
        const string account = "430000000001";
        var estate = new WebEstate(app.Aws, account);
        await app.RegisterAsync(account, WebEstate.Region);
        await DiscoverAsync(account);

        Assert.Equal(estate.ExpectedEdges.Order(StringComparer.Ordinal), await app.Host.EdgesOfAsync(account));

        var instance = await IdOfAsync(account, "i-0web1");
        var relationships = await app.Host.GetJsonAsync<AssetRelationshipsResponse>($"/api/assets/{instance}/relationships");
        var incoming = Assert.Single(relationships.Incoming);
        Assert.Equal(("targets", "web-tg", "elbv2", EdgeOrigin.Derived), (incoming.Edge.Type, incoming.Node.Name, incoming.Node.Service, incoming.Edge.Origin));
        Assert.Empty(relationships.Pending);

        var neighbourhood = await app.Host.GetJsonAsync<GraphResponse>($"/api/assets/{instance}/neighbourhood?depth=2");
        var depths = neighbourhood.Nodes.ToDictionary(n => n.Name!, n => n.Depth);
        Assert.Equal(new Dictionary<string, int>
        {
            ["i-0web1"] = 0, ["subnet-0a1"] = 1, ["vpc-0a1"] = 1, ["web-sg"] = 1, ["web-tg"] = 1,
            ["web"] = 2, ["i-0web2"] = 2, ["orders"] = 2, ["subnet-0a2"] = 2, ["db-sg"] = 2,
        }, depths);
        var nodeIds = neighbourhood.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(neighbourhood.Edges, e => Assert.True(nodeIds.Contains(e.SourceId) && nodeIds.Contains(e.TargetId)));
        Assert.False(neighbourhood.Truncated);

        // The instance's blast radius: the group targeting it, the load balancer forwarding there, the zone aliasing that.
        var dependents = await app.Host.GetJsonAsync<GraphResponse>($"/api/assets/{instance}/dependents");
        Assert.Equal(["i-0web1 0", "web-tg 1", "web 2", "example.com 3"], dependents.Nodes.Select(n => $"{n.Name} {n.Depth}"));
    }

    [Fact]
    public async Task After_the_load_balancer_is_deleted_its_edges_are_gone_their_history_says_when_and_manual_edges_stay()
    {
        const string account = "430000000002";
        var estate = new WebEstate(app.Aws, account);
        await app.RegisterAsync(account, WebEstate.Region);
        await DiscoverAsync(account);
        var loadBalancer = await IdOfAsync(account, "web");
        var instance = await IdOfAsync(account, "i-0web1");
        var database = await IdOfAsync(account, "orders");
        await app.Host.SendAsync(s => s.Post.Json(new { targetId = database, type = "depends-on", description = "reads orders" })
            .ToUrl($"/api/assets/{instance}/relationships"), 201);
        await app.WaitForGraphAsync();

        app.Aws.Estate.Account(account).Region(WebEstate.Region).Elbv2().LoadBalancers.Remove(estate.LoadBalancer);
        estate.TargetGroup.LoadBalancers.Clear();
        var job = await DiscoverAsync(account);

        var expected = estate.ExpectedEdges.Where(e => !e.StartsWith("web ", StringComparison.Ordinal) && !e.EndsWith(" web", StringComparison.Ordinal))
            .Append("i-0web1 depends-on orders").Order(StringComparer.Ordinal);
        Assert.Equal(expected, await app.Host.EdgesOfAsync(account));

        var history = await app.Host.GetJsonAsync<EdgeHistoryPage>($"/api/assets/{loadBalancer}/relationships/history");
        var removals = history.Entries.Where(e => e.Change == EdgeChangeKind.Removed).ToList();
        Assert.Equal(6, removals.Count);
        Assert.All(removals, r => Assert.Equal(new Cause(CauseKind.DiscoveryJob, job), r.Cause));
        Assert.Equal(1, removals.Count(r => r.Reason == EdgeChangeReason.TargetGone));
        Assert.Equal(5, removals.Count(r => r.Reason == EdgeChangeReason.SourceGone));
        Assert.Equal(6, history.Entries.Count(e => e.Change == EdgeChangeKind.Appeared && e.At < removals[0].At));

        // The zone still names the load balancer: that alias waits for it again.
        var zone = await app.Host.GetJsonAsync<AssetRelationshipsResponse>($"/api/assets/{await IdOfAsync(account, "example.com")}/relationships");
        var pending = Assert.Single(zone.Pending);
        Assert.Equal(("aliases", "alias"), (pending.Type, pending.Kind));

        var manual = (await app.Host.GetJsonAsync<AssetRelationshipsResponse>($"/api/assets/{instance}/relationships")).Outgoing
            .Single(o => o.Edge.Origin == EdgeOrigin.Manual);
        Assert.Equal(("depends-on", "reads orders", new Cause(CauseKind.User, "alice")), (manual.Edge.Type, manual.Edge.Description, manual.Edge.Cause));
    }
}
