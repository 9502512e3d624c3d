using System.Text.Json;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Relationships;
using Inventory.Api.Relationships.AssetRelationships;
using Inventory.Api.Relationships.RelationshipHistory;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Relationships;
using Inventory.Domain.Relationships.Graph;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Api.Tests.Harness.Scans;

namespace Inventory.Api.Tests.Relationships;

/// <summary>
/// Given three instances in one account and one in another, people add, bulk-add and remove typed edges; bad requests
/// are refused with problem details that name the field.
/// </summary>
public sealed class ManualEdgeTests(ManualEdgeTests.InstancesInTwoAccounts inventory) : IClassFixture<ManualEdgeTests.InstancesInTwoAccounts>
{
    public sealed class InstancesInTwoAccounts : IAsyncLifetime
    {
        public const string OtherAccount = "210987654321";
        public InventoryApp App { get; } = new();
        public Dictionary<string, string> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            await App.RecordAsync(Clean(Monday, Instance("i-1"), Instance("i-2"), Instance("i-3"), Instance("i-4"), Instance("i-5")));
            await App.RecordAsync(ScopeScan.Clean(new ScopeId(OtherAccount, "eu-west-1", "ec2"), Monday, Cause.DiscoveryJob("job-other"),
                [Instance("i-9", account: OtherAccount)]));
            foreach (var asset in (await App.Host.GetJsonAsync<AssetPage>("/api/assets?pageSize=100")).Items)
                Ids[asset.Name!] = asset.Id;
        }

        public Task DisposeAsync() => App.DisposeAsync();
    }

    private InventoryApp App => inventory.App;
    private string Id(string name) => inventory.Ids[name];

    private Task<string> AddAsync(string source, object body, int status, TestSession? user = null) =>
        App.Host.SendAsync(s => s.Post.Json(body).ToUrl($"/api/assets/{source}/relationships"), status, user);

    private static IEnumerable<string> ErrorFields(string problem) =>
        GraphCalls.Json(problem).GetProperty("errors").EnumerateObject().Select(p => p.Name);

    [Fact]
    public async Task People_add_bulk_add_and_remove_typed_edges_and_the_history_names_them()
    {
        await AddAsync(Id("i-1"), new { targetId = Id("i-2"), type = "depends-on", description = "calls its API" }, 201);
        await App.Host.SendAsync(s => s.Post.Json(new { sourceIds = new[] { Id("i-1"), Id("i-3") }, targetId = Id("i-2"), type = "managed-by" })
            .ToUrl("/api/relationships/bulk"), 201);
        await App.WaitForGraphAsync();

        var incoming = (await App.Host.GetJsonAsync<AssetRelationshipsResponse>($"/api/assets/{Id("i-2")}/relationships")).Incoming;
        Assert.Equal(["i-1 depends-on calls its API", "i-1 managed-by ", "i-3 managed-by "],
            incoming.Select(i => $"{i.Node.Name} {i.Edge.Type} {i.Edge.Description}").Order(StringComparer.Ordinal));
        Assert.All(incoming, i => Assert.Equal((EdgeOrigin.Manual, new Cause(CauseKind.User, "alice")), (i.Edge.Origin, i.Edge.Cause)));

        var dependents = await App.Host.GetJsonAsync<GraphResponse>($"/api/assets/{Id("i-2")}/dependents");
        Assert.Equal(["i-2", "i-1", "i-3"], dependents.Nodes.Select(n => n.Name));

        await App.Host.SendAsync(s => s.Delete.Url($"/api/assets/{Id("i-1")}/relationships/depends-on/{Id("i-2")}"), 204, await App.UserAsync("bob"));
        await App.WaitForGraphAsync();
        var history = await App.Host.GetJsonAsync<EdgeHistoryPage>($"/api/assets/{Id("i-2")}/relationships/history");
        Assert.Equal(
            [
                ("i-1 depends-on", EdgeChangeKind.Removed, EdgeChangeReason.RemovedByUser, "bob"),
                ("i-3 managed-by", EdgeChangeKind.Appeared, EdgeChangeReason.AddedByUser, "alice"),
                ("i-1 managed-by", EdgeChangeKind.Appeared, EdgeChangeReason.AddedByUser, "alice"),
                ("i-1 depends-on", EdgeChangeKind.Appeared, EdgeChangeReason.AddedByUser, "alice"),
            ],
            history.Entries.Select(e => ($"{Name(e.SourceId)} {e.Type}", e.Change, e.Reason, e.Cause.Id)));
    }

    [Fact]
    public async Task Unknown_assets_are_not_found()
    {
        var source = GraphCalls.Json(await AddAsync("ast-nope", new { targetId = Id("i-2"), type = "depends-on" }, 404));
        Assert.Contains("ast-nope", source.GetProperty("detail").GetString());
        Assert.Equal(["targetId"], ErrorFields(await AddAsync(Id("i-4"), new { targetId = "ast-nope", type = "depends-on" }, 404)));
        Assert.Equal(["sourceIds[1]"], ErrorFields(await App.Host.SendAsync(s => s.Post.Json(new { sourceIds = new[] { Id("i-4"), "ast-nope" },
            targetId = Id("i-5"), type = "depends-on" }).ToUrl("/api/relationships/bulk"), 404)));
        foreach (var path in new[] { "relationships", "neighbourhood", "dependents", "relationships/history" })
            await App.Host.GetProblemAsync($"/api/assets/ast-nope/{path}", 404);
    }

    [Fact]
    public async Task Self_edges_duplicates_and_cross_account_containment_are_refused_naming_the_field()
    {
        Assert.Equal(["targetId"], ErrorFields(await AddAsync(Id("i-4"), new { targetId = Id("i-4"), type = "depends-on" }, 400)));
        Assert.Equal(["targetId"], ErrorFields(await AddAsync(Id("i-4"), new { targetId = Id("i-9"), type = "contains" }, 400)));
        Assert.Equal(["type"], ErrorFields(await AddAsync(Id("i-4"), new { targetId = Id("i-5"), type = "in-vpc" }, 400)));

        await AddAsync(Id("i-4"), new { targetId = Id("i-9"), type = "connects-to" }, 201);
        var duplicate = await AddAsync(Id("i-4"), new { targetId = Id("i-9"), type = "connects-to" }, 409);
        Assert.Equal(["targetId"], ErrorFields(duplicate));
        Assert.Contains("already", GraphCalls.Json(duplicate).GetProperty("detail").GetString());

        Assert.Equal(["sourceIds[1]"], ErrorFields(await App.Host.SendAsync(s => s.Post.Json(new { sourceIds = new[] { Id("i-5"), Id("i-5") },
            targetId = Id("i-4"), type = "depends-on" }).ToUrl("/api/relationships/bulk"), 400)));
        Assert.Equal(["type"], ErrorFields(await App.Host.SendAsync(s => s.Delete.Url($"/api/assets/{Id("i-4")}/relationships/in-vpc/{Id("i-5")}"), 400)));
        await App.Host.SendAsync(s => s.Delete.Url($"/api/assets/{Id("i-4")}/relationships/depends-on/{Id("i-5")}"), 404);
        Assert.Equal(["depth"], ErrorFields(await App.Host.SendAsync(s => s.Get.Url($"/api/assets/{Id("i-4")}/neighbourhood?depth=9"), 400)));
    }

    private string Name(string id) => inventory.Ids.Single(p => p.Value == id).Key;
}
