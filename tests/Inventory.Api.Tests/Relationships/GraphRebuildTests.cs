using System.Text.Json;
using Inventory.Api.Tests.DiscoveryJobs;
using Inventory.Domain.Relationships.Graph;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Relationships;

/// <summary>
/// Given an estate discovered twice (a target left its group in between), rebuilding the relationship projection from
/// the events gives identical documents. Its own class: a rebuild takes the projection over while it runs.
/// </summary>
public sealed class GraphRebuildTests(DiscoveryJobApp app) : IClassFixture<DiscoveryJobApp>
{
    private async Task DiscoverAsync(string accountId) => await app.StartAndWaitAsync(new { accountIds = new[] { accountId } });

    [Fact]
    public async Task Rebuilding_the_graph_from_the_events_gives_the_same_edges_and_history()
    {
        const string account = "430000000003";
        var estate = new WebEstate(app.Aws, account);
        await app.RegisterAsync(account, WebEstate.Region);
        await DiscoverAsync(account);
        estate.TargetGroup.Targets.RemoveAll(t => t.Id == "i-0web2");
        await DiscoverAsync(account);
        var before = await SnapshotAsync();
        Assert.Contains(before[nameof(EdgeChange)], row => row.Contains($"\"Reason\":{(int)EdgeChangeReason.NoLongerNamed}", StringComparison.Ordinal));

        // Damage the graph, so only a real rebuild can give the snapshot back.
        await using (var session = app.Store.LightweightSession())
        {
            session.DeleteWhere<RelationshipEdge>(e => e.Type == "in-vpc");
            await session.SaveChangesAsync();
        }
        Assert.NotEqual(before[nameof(RelationshipEdge)], (await SnapshotAsync())[nameof(RelationshipEdge)]);

        var daemon = app.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync(RelationshipProjection.Name, GraphCalls.Timeout, CancellationToken.None);
        await app.WaitForGraphAsync();

        var after = await SnapshotAsync();
        foreach (var (model, documents) in before)
            Assert.Equal(documents, after[model]);
    }

    private async Task<Dictionary<string, List<string>>> SnapshotAsync()
    {
        await using var session = app.Store.QuerySession();
        return new Dictionary<string, List<string>>
        {
            [nameof(RelationshipEdge)] = Serialized(await session.Query<RelationshipEdge>().OrderBy(d => d.Id).ToListAsync()),
            [nameof(EdgeChange)] = Serialized(await session.Query<EdgeChange>().OrderBy(d => d.Id).ToListAsync()),
            [nameof(GraphNode)] = Serialized(await session.Query<GraphNode>().OrderBy(d => d.Id).ToListAsync()),
            [nameof(ReferenceIndex)] = Serialized(await session.Query<ReferenceIndex>().OrderBy(d => d.Id).ToListAsync()),
        };
    }

    private static List<string> Serialized<T>(IEnumerable<T> documents) => documents.Select(d => JsonSerializer.Serialize(d)).ToList();
}
