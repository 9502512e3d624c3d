using Inventory.Domain.Settings;
using Marten;

namespace Inventory.Api.Scheduling;

/// <summary>
/// The discovery interval in force: the administrators' setting, or the deployment's default (Inventory:Scheduling:DiscoveryInterval)
/// before anyone saved settings; Disabled wherever the deployment turned scheduling off.
/// </summary>
internal static class ScheduleIntervalSource
{
    public static async Task<DiscoveryInterval> CurrentAsync(IQuerySession session, IConfiguration configuration, CancellationToken cancellation)
    {
        var scheduling = SchedulingSettings.From(configuration);
        if (!scheduling.Enabled)
            return DiscoveryInterval.Disabled;
        return await session.LoadAsync<ProductSettings>(SettingsStream.Key, cancellation) is { } saved ? saved.DiscoveryInterval : scheduling.DefaultInterval;
    }
}
