using JasperFx.Events.Projections;
using Marten;

namespace Inventory.Domain.Dashboard;

/// <summary>
/// The dashboard's part of the store. Asset counts need no document of their own: they are grouped from the asset view's indexed
/// columns at query time, because an asset's effective category depends on the service mapping, which no asset event carries.
/// </summary>
public static class DashboardStore
{
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add<AssetActivityProjection>(ProjectionLifecycle.Async);
        // The dashboard reads the last 30 days by time and groups by kind: both are columns, the time indexed.
        options.Schema.For<AssetActivity>()
            .Duplicate(x => x.At)
            .Duplicate(x => x.Kind, pgType: "varchar", configure: index => index.Columns = ["kind", "at"]);
    }
}
