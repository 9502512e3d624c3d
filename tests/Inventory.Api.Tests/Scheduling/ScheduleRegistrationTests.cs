using Inventory.Api.Scheduling;
using Inventory.Api.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Inventory.Api.Tests.Scheduling;

/// <summary>A host as deployed: scheduling on with the product's own schedule (no account, so an occurrence that fires finds nothing to do).</summary>
public sealed class ScheduledHostApp : InventoryApp
{
    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Inventory:Scheduling:Enabled", "true");
}

public sealed class ScheduleRegistrationTests(ScheduledHostApp app) : IClassFixture<ScheduledHostApp>
{
    [Fact]
    public void The_hourly_check_is_a_durable_recurring_schedule_on_the_hour()
    {
        var options = app.Host.Services.GetRequiredService<WolverineOptions>();

        var schedule = options.Schedules.FindByName(SchedulingSettings.ScheduleName);

        Assert.NotNull(schedule);
        Assert.Equal("0 * * * *", schedule.Schedule.Expression);
        Assert.Equal(typeof(CheckSchedule), schedule.MessageType);
        // An hour apart, it is kept as a scheduled message in PostgreSQL rather than an in-memory timer.
        Assert.Equal(RecurringExecutionPath.ScheduledMessages, schedule.ExecutionPath);
        Assert.True(options.Durability.EnableRecurringMessages);
    }
}
