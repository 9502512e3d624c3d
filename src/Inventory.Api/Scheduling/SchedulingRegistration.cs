using Wolverine;

namespace Inventory.Api.Scheduling;

internal static class SchedulingRegistration
{
    /// <summary>
    /// The hourly check rides Wolverine's recurring messages: one agent per cluster keeps the next occurrence scheduled in
    /// PostgreSQL, so it survives restarts and fires on one instance; the handler also refuses an occurrence already run.
    /// </summary>
    public static void AddScheduledChecks(this WolverineOptions wolverine, IConfiguration configuration)
    {
        var settings = SchedulingSettings.From(configuration);
        if (!settings.Enabled)
            return;
        wolverine.Schedules.ScheduleRecurring(SchedulingSettings.ScheduleName, settings.Cron, occurrence => new CheckSchedule(occurrence));
    }
}
