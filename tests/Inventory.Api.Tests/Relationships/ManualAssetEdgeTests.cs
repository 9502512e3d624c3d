using Inventory.Api.Relationships;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Relationships;

/// <summary>Manual assets take part in the graph: a discovered instance can depend on a SaaS product a person registered.</summary>
public sealed class ManualAssetEdgeTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    [Fact]
    public async Task A_discovered_asset_can_depend_on_a_manual_one_and_what_depends_on_it_is_known()
    {
        var scope = new ScopeId("630000000001", "eu-west-1", "ec2");
        var instance = Harness.Scans.Instance("i-0f10000000000001", account: "630000000001");
        await app.RecordAsync(ScopeScan.Clean(scope, Harness.Scans.Monday, Cause.DiscoveryJob("job-1"), [instance]));
        var instanceId = AssetKey.For(scope, instance)!;
        var saas = Json(await app.AfterAsync(() => app.Host.PostAsync("/api/assets", new { name = "Payments provider", kind = "saas" }, 201)))
            .GetProperty("id").GetString()!;

        await app.AfterAsync(() => app.Host.PostAsync($"/api/assets/{instanceId}/relationships",
            new { targetId = saas, type = "depends-on", description = "card payments" }, 201));
        await app.AfterAsync(() => app.Host.PatchJsonAsync($"/api/assets/{saas}", new { name = "Payments provider (EU)" }, 200));

        var dependents = await app.Host.GetJsonAsync<GraphResponse>($"/api/assets/{saas}/dependents");
        Assert.Contains(dependents.Nodes, n => n.Id == instanceId);
        var root = Assert.Single(dependents.Nodes, n => n.Id == saas);
        Assert.Equal(("Payments provider (EU)", "manual", AssetStatus.Active), (root.Name, root.Service, root.Status));
        Assert.Contains(dependents.Edges, e => e.SourceId == instanceId && e.TargetId == saas && e.Type == "depends-on");

        // The edge is in the source's timeline, which lists every event its total counts.
        var timeline = await app.Host.GetJsonAsync<Inventory.Api.Assets.AssetTimeline.AssetTimeline>($"/api/assets/{instanceId}/timeline");
        Assert.Equal(timeline.Total, timeline.Entries.Count);
        var edge = Assert.Single(timeline.Entries, t => t.Type == "RelationshipAdded");
        Assert.Equal([new FieldChange("relationship.depends-on", null, saas)], edge.Changes);
        Assert.Equal(Cause.User("alice"), edge.Cause);
    }
}
