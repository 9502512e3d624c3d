using Inventory.Domain.Settings;
using Marten;

namespace Inventory.Api.Scheduling;

/// <summary>The discovery interval the check applies.</summary>
internal static class ScheduleIntervalSource
{
    public static Task<DiscoveryInterval> CurrentAsync(IQuerySession session, IConfiguration configuration, CancellationToken cancellation) =>
        Task.FromResult(SchedulingSettings.From(configuration).DefaultInterval);
}
