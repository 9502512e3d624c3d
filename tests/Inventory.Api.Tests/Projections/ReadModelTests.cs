using System.Text.Json;
using Inventory.Api.Dashboard;
using Inventory.Api.Tests.Harness;
using Inventory.Domain;
using Inventory.Domain.Assets;
using Inventory.Domain.Assets.History;
using Inventory.Domain.Audit;
using Inventory.Domain.Dashboard;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Inventory.Domain.Scopes.ScopeScans;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using static Inventory.Api.Tests.Harness.Scans;

namespace Inventory.Api.Tests.Projections;

/// <summary>
/// Given an inventory with history in two accounts (assets that appeared, changed, vanished and came back),
/// the read models say so, and rebuilding them from the events gives exactly the same documents.
/// </summary>
public sealed class ReadModelTests(ReadModelTests.InventoryWithHistory inventory) : IClassFixture<ReadModelTests.InventoryWithHistory>
{
    public sealed class InventoryWithHistory : IAsyncLifetime
    {
        public InventoryApp App { get; } = new();
        public static readonly ScopeId OtherAccountS3 = new("210987654321", ScopeId.GlobalRegion, "s3");

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            await App.RecordAsync(Clean(Monday, Instance("i-1"), Instance("i-2"), Instance("i-3")));
            await App.RecordAsync(Clean(Monday.AddHours(1), Instance("i-1", type: "m5.large"), Instance("i-2", state: "terminated"), Instance("i-4")));
            await App.RecordAsync(Failed(Monday.AddHours(2)));
            await App.RecordAsync(Clean(Monday.AddHours(3), Instance("i-1", type: "m5.large"), Instance("i-2"), Instance("i-4")));
            await App.RecordAsync(ScopeScan.Clean(OtherAccountS3, Monday.AddHours(4), Cause.DiscoveryJob("job-s3"),
            [
                new() { Arn = "arn:aws:s3:::logs", ResourceId = "logs", Name = "logs", ResourceType = "s3:bucket" },
            ]));
        }

        public Task DisposeAsync() => App.DisposeAsync();
    }

    private InventoryApp App => inventory.App;

    [Fact]
    public async Task The_dashboard_counts_assets_by_service_account_region_and_status()
    {
        var counts = (await App.Host.GetJsonAsync<DashboardResponse>("/api/dashboard")).Counts;
        // i-1, i-2 (back), i-4 and the bucket are active; i-3 vanished.
        Assert.Equal(new StatusCounts(5, 4, 0, 1, 0), counts.Totals);
        Assert.Equal([new CountLine("ec2", 4, 3, 0, 1, 0), new CountLine("s3", 1, 1, 0, 0, 0)], counts.ByService);
        Assert.Equal(new CountLine(Account, 4, 3, 0, 1, 0), counts.ByAccount.Single(l => l.Key == Account));
        Assert.Equal(["eu-west-1", ScopeId.GlobalRegion], counts.ByRegion.Select(l => l.Key));
        Assert.Equal(new CountLine(ScopeId.GlobalRegion, 1, 1, 0, 0, 0), counts.ByRegion[1]);
    }

    [Fact]
    public async Task Lifecycle_rows_answer_what_appeared_changed_or_vanished_between_two_instants()
    {
        await using var session = App.Store.QuerySession();
        var from = Monday.AddMinutes(30);
        var to = Monday.AddHours(3);
        var rows = await session.Query<AssetLifecycleRow>()
            .Where(r => r.At >= from && r.At <= to)
            .OrderBy(r => r.Sequence)
            .ToListAsync();

        var i1 = AssetKey.For(Ec2EuWest1, Instance("i-1"))!;
        var i2 = AssetKey.For(Ec2EuWest1, Instance("i-2"))!;
        var i3 = AssetKey.For(Ec2EuWest1, Instance("i-3"))!;
        var i4 = AssetKey.For(Ec2EuWest1, Instance("i-4"))!;
        Assert.Equal(
        [
            (i1, LifecycleKind.Changed, (GoneReason?)null),
            (i2, LifecycleKind.Vanished, GoneReason.Terminated),
            (i4, LifecycleKind.Appeared, null),
            (i3, LifecycleKind.Vanished, GoneReason.AbsentFromCleanScan),
            (i2, LifecycleKind.Appeared, null),
        ], rows.Select(r => (r.AssetId, r.Kind, r.GoneReason)));
        Assert.All(rows, r => Assert.Equal(("eu-west-1", "ec2", "ec2:instance", Account), (r.Region, r.Service, r.ResourceType, r.AccountId)));
        Assert.Equal(["attributes.InstanceType"], rows[0].ChangedFields);
        Assert.True(rows[4].Reappeared);
        Assert.Equal([ActivityKind.Changed, ActivityKind.Gone, ActivityKind.New, ActivityKind.Gone, ActivityKind.Reappeared], rows.Select(r => r.Activity));
    }

    [Fact]
    public async Task The_scope_scan_view_keeps_the_last_clean_scan_and_the_last_failure()
    {
        await using var session = App.Store.QuerySession();
        var scope = await session.LoadAsync<ScopeScanView>(Ec2EuWest1.StreamKey);
        Assert.NotNull(scope);
        Assert.Equal(Monday.AddHours(3), scope.LastCleanScanAt);
        Assert.Equal((3, 1), (scope.CleanScans, scope.FailedScans));
        Assert.Equal("AccessDenied", scope.LastErrorCode);
        Assert.Equal(new ScanCounts(3, 0, 1, 0, 0, 2, 0), scope.LastCounts);
    }

    [Fact]
    public async Task Rebuilding_every_read_model_from_the_events_gives_identical_documents()
    {
        var before = await SnapshotAsync();
        Assert.Equal(5, before[nameof(AssetView)].Count);
        Assert.Equal(9, before[nameof(AssetLifecycleRow)].Count);
        Assert.Equal(9, before[nameof(AssetVersion)].Count);

        // Damage one read model document, so only a real rebuild can give the snapshot back.
        await using (var session = App.Store.LightweightSession())
        {
            var damaged = await session.Query<AssetView>().OrderBy(d => d.Id).FirstAsync();
            damaged.Name = "damaged";
            damaged.ChangeCount = 99;
            session.Store(damaged);
            await session.SaveChangesAsync();
        }
        Assert.NotEqual(before[nameof(AssetView)], (await SnapshotAsync())[nameof(AssetView)]);

        var daemon = App.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        foreach (var projection in new[] { typeof(Domain.Assets.AssetViewProjection), typeof(ScopeScanViewProjection), typeof(AssetLifecycleProjection) })
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromSeconds(60), CancellationToken.None);
        await daemon.RebuildProjectionAsync(AssetVersionProjection.Name, TimeSpan.FromSeconds(60), CancellationToken.None);
        await App.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var after = await SnapshotAsync();
        foreach (var (model, documents) in before)
            Assert.Equal(documents, after[model]);
    }

    private async Task<Dictionary<string, List<string>>> SnapshotAsync()
    {
        await using var session = App.Store.QuerySession();
        return new Dictionary<string, List<string>>
        {
            [nameof(AssetView)] = Json(await session.Query<AssetView>().OrderBy(d => d.Id).ToListAsync()),
            [nameof(ScopeScanView)] = Json(await session.Query<ScopeScanView>().OrderBy(d => d.Id).ToListAsync()),
            [nameof(AssetVersion)] = Json(await session.Query<AssetVersion>().OrderBy(d => d.Id).ToListAsync()),
            [nameof(AssetLifecycleRow)] = Json(await session.Query<AssetLifecycleRow>().OrderBy(d => d.Sequence).ToListAsync()),
        };
    }

    private static List<string> Json<T>(IEnumerable<T> documents) => documents.Select(d => JsonSerializer.Serialize(d)).ToList();
}
