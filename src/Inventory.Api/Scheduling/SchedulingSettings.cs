using Inventory.Domain.Settings;

namespace Inventory.Api.Scheduling;

/// <summary>
/// Inventory:Scheduling. Enabled registers the hourly check with Wolverine's durable recurring schedules (off in tests and
/// one-off command runs, so an hour boundary never starts work nobody asked for).
/// </summary>
internal sealed record SchedulingSettings(bool Enabled, string Cron, DiscoveryInterval DefaultInterval)
{
    public const string ScheduleName = "inventory-hourly-check";

    public static SchedulingSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Inventory:Scheduling");
        return new SchedulingSettings(
            section.GetValue("Enabled", true),
            section.GetValue<string>("Cron") ?? "0 * * * *",
            section.GetValue("DiscoveryInterval", DiscoveryInterval.Daily));
    }
}
