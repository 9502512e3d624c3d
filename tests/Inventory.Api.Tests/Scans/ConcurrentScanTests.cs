using Inventory.Api.Scans;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Harness.Scans;

namespace Inventory.Api.Tests.Scans;

/// <summary>Two scans of one scope at once: one waits for the other, so a resource becomes exactly one asset.</summary>
public sealed class ConcurrentScanTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    [Fact]
    public async Task Concurrent_scans_of_one_scope_never_duplicate_an_asset()
    {
        var observations = Enumerable.Range(1, 200).Select(i => Instance($"i-{i:000}")).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(n =>
            app.Host.MessageBus().InvokeAsync<ScopeScanRecorded>(new RecordScopeScan(Clean(Monday.AddMinutes(n), observations)))));

        Assert.Equal(200, results.Sum(r => r.Counts.New));
        Assert.Equal(600, results.Sum(r => r.Counts.Unchanged));

        await using var session = app.Store.QuerySession();
        var seen = await session.Events.QueryRawEventDataOnly<AssetSeen>().CountAsync();
        Assert.Equal(200, seen);
        var records = await session.Query<AssetRecord>().CountAsync();
        Assert.Equal(200, records);
    }
}
