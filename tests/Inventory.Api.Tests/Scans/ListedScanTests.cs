using Inventory.Api.Scans;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;
using static Inventory.Api.Tests.Harness.Scans;

namespace Inventory.Api.Tests.Scans;

/// <summary>A scope recorded while its listing pages in: chunk by chunk in one transaction, and nothing of a listing that breaks off.</summary>
public sealed class ListedScanTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    private static readonly int Size = RecordScopeScanHandler.ChunkSize * 2 + 300;

    [Fact]
    public async Task A_listing_recorded_chunk_by_chunk_numbers_every_new_asset_without_gaps()
    {
        var scope = new ScopeId("777777777777", "eu-west-1", "ec2");
        var observations = Enumerable.Range(1, Size).Select(i => Instance($"i-{i:00000}", account: scope.AccountId)).ToArray();

        var first = await app.RecordAsync(Listed(scope, Monday, observations));
        // The next listing misses the first page's last resource, and lists another one twice across a page boundary.
        var missing = observations[RecordScopeScanHandler.ChunkSize - 1];
        var again = observations.Where(o => o != missing).Append(observations[0]).ToArray();
        var second = await app.RecordAsync(Listed(scope, Monday.AddHours(1), again));

        Assert.Equal(Size, first.Counts.New);
        Assert.Equal(new ScanCounts(Size, 0, 0, 0, 1, Size - 1, 0), second.Counts);
        await using var session = app.Store.QuerySession();
        var seen = await session.Events.QueryRawEventDataOnly<AssetSeen>().Where(e => e.AccountId == scope.AccountId).ToListAsync();
        var ordered = seen.Select(e => e.Number!.Value).Order().ToList();
        Assert.Equal(Enumerable.Range(0, Size).Select(i => ordered[0] + i), ordered);
        var gone = Assert.Single(await session.Events.QueryRawEventDataOnly<AssetGone>().Where(e => e.AccountId == scope.AccountId).ToListAsync());
        Assert.Equal(AssetKey.For(scope, missing), gone.AssetId);
        // The scope's own event lands after the chunks' flushes too.
        Assert.Equal(Monday.AddHours(1), (await session.LoadAsync<ScopeRecord>(scope.StreamKey))!.LastCleanScanAt);
    }

    [Fact]
    public async Task A_listing_that_breaks_off_after_pages_were_appended_records_only_the_failure()
    {
        var scope = new ScopeId("888888888888", "eu-west-1", "ec2");
        var observations = Enumerable.Range(1, Size).Select(i => Instance($"i-{i:00000}", account: scope.AccountId)).ToArray();
        await app.RecordAsync(Listed(scope, Monday, observations[..10]));

        var listing = new ScopeListing();
        _ = ScopeListing.FeedAsync(listing, observations.Chunk(500).ToAsyncEnumerable(), new ScanFailure("RequestLimitExceeded", "Slow down"));
        var recorded = await app.RecordAsync(ScopeScan.Listed(scope, Monday.AddHours(1), Cause.DiscoveryJob("job-2"), listing));

        Assert.True(recorded.Failed);
        await using var session = app.Store.QuerySession();
        Assert.Equal(10, await session.Events.QueryRawEventDataOnly<AssetSeen>().CountAsync(e => e.AccountId == scope.AccountId));
        Assert.Equal(0, await session.Events.QueryRawEventDataOnly<AssetGone>().CountAsync(e => e.AccountId == scope.AccountId));
        var failed = Assert.Single(await session.Events.QueryRawEventDataOnly<ScopeScanFailed>().Where(e => e.AccountId == scope.AccountId).ToListAsync());
        Assert.Equal("RequestLimitExceeded", failed.ErrorCode);
        Assert.Equal(10, await session.Query<AssetRecord>().CountAsync(r => r.ScopeKey == scope.StreamKey));
    }

    private static ScopeScan Listed(ScopeId scope, DateTimeOffset at, Observation[] observations)
    {
        var listing = new ScopeListing();
        // Pages of a size that does not divide the chunk size, so a chunk gathers several pages.
        _ = ScopeListing.FeedAsync(listing, observations.Chunk(300).ToAsyncEnumerable(), null);
        return ScopeScan.Listed(scope, at, Cause.DiscoveryJob("job-" + at.ToUnixTimeSeconds()), listing);
    }
}
