using Inventory.Domain.Assets;
using Inventory.Domain.Audit;
using Inventory.Domain.Dashboard;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Inventory.Domain.Scopes.ScopeScans;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;

namespace Inventory.Domain;

/// <summary>The event store's shape: string stream keys, the write-side documents inline, the read models async.</summary>
public static class InventoryStore
{
    public static void Configure(StoreOptions options, string schema)
    {
        options.DatabaseSchemaName = schema;
        options.Events.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        // Stores in other schemas of the same database elect their own daemon leader.
        var lockBase = LockBase(schema);
        options.Projections.DaemonLockId = lockBase;
        options.ApplyChangesLockId = lockBase + 1;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);

        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;

        // Write side: exact, in the same transaction as the events the reconciler decides.
        options.Projections.Add<AssetRecordProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<ScopeRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<AssetRecord>().Duplicate(x => x.ScopeKey);
        options.Projections.Add<Assets.HumanIds.HumanIdCounterProjection>(ProjectionLifecycle.Inline);
        // Folded from the asset's stream when a person edits it: edits decide from exact state.
        options.Projections.Add(new Assets.Edits.AssetEditStateProjection(), ProjectionLifecycle.Live);
        Accounts.AccountStore.Configure(options);
        Settings.SettingsStore.Configure(options);
        options.Projections.Add<Categories.CategoryViewProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<Categories.ServiceCategoryMapProjection>(ProjectionLifecycle.Inline);
        DiscoveryJobs.DiscoveryJobStore.Configure(options);
        Relationships.RelationshipStore.Configure(options);
        Access.AccessStore.Configure(options);
        Scheduling.SchedulerStore.Configure(options);

        // Read side: async, rebuildable from the events at any time.
        options.Projections.Add<AssetViewProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<ScopeScanViewProjection>(ProjectionLifecycle.Async);
        options.Projections.Add<AssetLifecycleProjection>(ProjectionLifecycle.Async);
        DashboardStore.Configure(options);
        Assets.AssetListStore.Configure(options);
        Assets.AssetListStore.ConfigureVersions(options);
        Costs.CostStore.Configure(options);
        options.Schema.For<AssetLifecycleRow>()
            .Duplicate(x => x.At)
            .Duplicate(x => x.AssetId)
            .Duplicate(x => x.Kind, pgType: "varchar");

        // Fewer, larger batches: each batch costs round trips and rewrites the graph's shared keys once, whatever its size.
        foreach (var projection in options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Async))
        {
            projection.Options.BatchSize = ReadModelBatchSize;
            projection.Options.MaximumHopperSize = ReadModelBatchSize;
        }
    }

    /// <summary>Events each async projection takes at once; memory stays bounded by it, not by the size of the estate.</summary>
    public const int ReadModelBatchSize = 2_500;

    private static int LockBase(string schema)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(schema));
        return 100_000 + (int)(BitConverter.ToUInt32(hash, 0) % 1_000_000_000);
    }

    /// <summary>Names of the async projections, for rebuilds and for waiting on them.</summary>
    public static readonly Type[] ReadModels =
        [typeof(AssetView), typeof(Assets.History.AssetVersion), typeof(ScopeScanView), typeof(AssetLifecycleRow), typeof(Costs.CostView)];
}
