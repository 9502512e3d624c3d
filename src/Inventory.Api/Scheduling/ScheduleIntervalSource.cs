using Inventory.Domain.Settings;
using Marten;

namespace Inventory.Api.Scheduling;

/// <summary>The discovery interval in force: Disabled wherever the deployment turned scheduling off.</summary>
internal static class ScheduleIntervalSource
{
    public static Task<DiscoveryInterval> CurrentAsync(IQuerySession session, IConfiguration configuration, CancellationToken cancellation)
    {
        var settings = SchedulingSettings.From(configuration);
        return Task.FromResult(settings.Enabled ? settings.DefaultInterval : DiscoveryInterval.Disabled);
    }
}
