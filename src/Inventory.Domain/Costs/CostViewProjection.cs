using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Costs;

public sealed partial class CostViewProjection : SingleStreamProjection<CostView, string>
{
    public CostViewProjection()
    {
        IncludeType<CostsFetched>();
        IncludeType<CostsFetchFailed>();
    }

    public override CostView? Evolve(CostView? snapshot, string id, IEvent e) => e.Data switch
    {
        CostsFetched fetched => CostMerge.Apply(snapshot, id, fetched),
        CostsFetchFailed failed => CostMerge.Apply(snapshot, id, failed),
        _ => snapshot,
    };
}

/// <summary>The costs' part of the store: a read model like the others, rebuildable from the cost streams.</summary>
public static class CostStore
{
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add<CostViewProjection>(ProjectionLifecycle.Async);
        options.Schema.For<CostView>().Duplicate(x => x.ManagementAccountId);
    }
}
