using System.Text.Json;
using Alba;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Relationships.AssetRelationships;
using Inventory.Api.Tests.Harness;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;

namespace Inventory.Api.Tests.Relationships;

/// <summary>Reading the graph through the API as a UI would, and waiting for its projection.</summary>
internal static class GraphCalls
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<List<AssetSummary>> AssetsOfAsync(this IAlbaHost host, string accountId) =>
        (await host.GetJsonAsync<AssetPage>("/api/assets?pageSize=1000")).Items.Where(a => a.AccountId == accountId).ToList();

    /// <summary>Every edge leaving the account's assets, as "source type target" by the names of the ends, sorted.</summary>
    public static async Task<List<string>> EdgesOfAsync(this IAlbaHost host, string accountId)
    {
        var edges = new List<string>();
        foreach (var asset in await host.AssetsOfAsync(accountId))
        {
            var relationships = await host.GetJsonAsync<AssetRelationshipsResponse>($"/api/assets/{asset.Id}/relationships");
            edges.AddRange(relationships.Outgoing.Select(o => $"{asset.Name} {o.Edge.Type} {o.Node.Name}"));
        }
        return [.. edges.Order(StringComparer.Ordinal)];
    }

    public static Task WaitForGraphAsync(this InventoryApp app) => app.Store.WaitForNonStaleProjectionDataAsync(Timeout);

    /// <param name="user">Someone other than the fixture's alice.</param>
    public static async Task<string> SendAsync(this IAlbaHost host, Action<Scenario> request, int status, TestSession? user = null)
    {
        var result = await host.Scenario(s =>
        {
            request(s);
            if (user is not null)
                s.As(user);
            s.StatusCodeShouldBe(status);
        });
        return await result.ReadAsTextAsync();
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
