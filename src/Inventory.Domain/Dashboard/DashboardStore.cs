using Inventory.Domain.Audit;
using Marten;

namespace Inventory.Domain.Dashboard;

/// <summary>
/// The dashboard's part of the store. Asset counts need no document of their own: they are grouped from the asset view's indexed
/// columns at query time, because an asset's effective category depends on the service mapping, which no asset event carries.
/// Activity is counted from the audit's lifecycle rows, which name each event's activity kind.
/// </summary>
public static class DashboardStore
{
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The dashboard reads the last 30 days by the indexed time and groups by this column.
        options.Schema.For<AssetLifecycleRow>().Duplicate(x => x.Activity, pgType: "varchar");
    }
}
