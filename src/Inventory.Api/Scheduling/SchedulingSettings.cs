namespace Inventory.Api.Scheduling;

/// <summary>
/// Inventory:Scheduling. Enabled registers the hourly check with Wolverine's durable recurring schedules; tests turn it off,
/// so an hour boundary never starts work a test did not ask for. The interval itself is an administrators' setting.
/// </summary>
internal sealed record SchedulingSettings(bool Enabled, string Cron)
{
    public const string ScheduleName = "inventory-hourly-check";

    public static SchedulingSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Inventory:Scheduling");
        return new SchedulingSettings(
            section.GetValue("Enabled", true),
            section.GetValue<string>("Cron") ?? "0 * * * *");
    }
}
