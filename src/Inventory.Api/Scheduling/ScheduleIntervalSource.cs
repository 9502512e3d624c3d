using Inventory.Domain.Settings;
using Marten;

namespace Inventory.Api.Scheduling;

/// <summary>The discovery interval in force: the administrators' setting, or Disabled wherever the deployment turned scheduling off.</summary>
internal static class ScheduleIntervalSource
{
    public static async Task<DiscoveryInterval> CurrentAsync(IQuerySession session, IConfiguration configuration, CancellationToken cancellation) =>
        SchedulingSettings.From(configuration).Enabled
            ? (await ProductSettingsReader.CurrentAsync(session, cancellation)).DiscoveryInterval
            : DiscoveryInterval.Disabled;
}
