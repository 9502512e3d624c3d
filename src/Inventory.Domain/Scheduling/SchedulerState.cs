using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using JasperFx.Events.Projections;

namespace Inventory.Domain.Scheduling;

/// <summary>The scheduler's own memory, folded from its stream when a check runs.</summary>
public sealed class SchedulerState
{
    public string Id { get; set; } = "";
    public DateTimeOffset? LastOccurrence { get; set; }
    public DateTimeOffset? LastCostsRequestedAt { get; set; }
}

public sealed partial class SchedulerStateProjection : SingleStreamProjection<SchedulerState, string>
{
    public SchedulerStateProjection()
    {
        IncludeType<ScheduledCheckRan>();
    }

    public override SchedulerState? Evolve(SchedulerState? snapshot, string id, IEvent e)
    {
        if (e.Data is not ScheduledCheckRan ran)
            return snapshot;
        snapshot ??= new SchedulerState { Id = id };
        if (snapshot.LastOccurrence is null || ran.Occurrence > snapshot.LastOccurrence)
            snapshot.LastOccurrence = ran.Occurrence;
        if (ran.CostsRequested)
            snapshot.LastCostsRequestedAt = ran.At;
        return snapshot;
    }
}

public static class SchedulerStore
{
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add(new SchedulerStateProjection(), ProjectionLifecycle.Live);
    }
}
