using Inventory.Api.Scans;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;
using Wolverine;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Harness.Scans;

namespace Inventory.Api.Tests.Scans;

/// <summary>A scope larger than one flush lands whole, or not at all.</summary>
public sealed class LargeScanTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    private static readonly int Size = RecordScopeScanHandler.ChunkSize * 2 + 500;

    [Fact]
    public async Task A_scan_that_fails_after_its_first_flush_leaves_nothing_behind()
    {
        var observations = Enumerable.Range(1, Size).Select(i => Instance($"i-{i:00000}")).ToArray();
        var scope = new ScopeId("999999999999", "eu-west-1", "ec2");
        var blocked = AssetKey.For(scope, observations[^1])!;
        // A stream already holding the last asset's key makes the final flush fail, after two flushes went through.
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream(blocked, new ScopeScanFailed(scope.AccountId, scope.Region, scope.Service, Monday, Cause.User("test"), "Test", "blocks"));
            await session.SaveChangesAsync();
        }

        await Assert.ThrowsAnyAsync<Exception>(() =>
            app.Host.MessageBus().InvokeAsync<ScopeScanRecorded>(new RecordScopeScan(ScopeScan.Clean(scope, Monday, Cause.DiscoveryJob("job-1"), observations))));

        await using var query = app.Store.QuerySession();
        Assert.Equal(0, await query.Events.QueryRawEventDataOnly<AssetSeen>().CountAsync(e => e.AccountId == scope.AccountId));
        Assert.Equal(0, await query.Query<AssetRecord>().CountAsync(r => r.ScopeKey == scope.StreamKey));
        Assert.Null((await query.Events.FetchStreamStateAsync(scope.StreamKey)));
    }

    [Fact]
    public async Task A_scan_larger_than_one_flush_records_every_asset_once()
    {
        var observations = Enumerable.Range(1, Size).Select(i => Instance($"i-{i:00000}")).ToArray();

        var first = await app.RecordAsync(Clean(Monday, observations));
        var again = await app.RecordAsync(Clean(Monday.AddHours(1), observations));

        Assert.Equal(Size, first.Counts.New);
        Assert.Equal(Size, again.Counts.Unchanged);
        await using var session = app.Store.QuerySession();
        Assert.Equal(Size, await session.Query<AssetRecord>().CountAsync(r => r.ScopeKey == Ec2EuWest1.StreamKey));
        Assert.Equal(Size, await session.Query<AssetView>().CountAsync(v => v.ScopeKey == Ec2EuWest1.StreamKey));
    }
}
