using Inventory.Api.Dashboard;
using Inventory.Api.Scheduling;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Scheduling;
using Inventory.Domain.Settings;
using Inventory.Domain.Costs;
using Inventory.Domain.DiscoveryJobs;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Inventory.Api.Tests.Scheduling;

public sealed class ScheduledCheckTests(SchedulingApp app) : IClassFixture<SchedulingApp>
{
    private static readonly DateTimeOffset Hour = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month,
        DateTimeOffset.UtcNow.Day, DateTimeOffset.UtcNow.Hour, 0, 0, TimeSpan.Zero);

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

    [Fact]
    public async Task A_due_check_discovers_every_active_account_then_costs_refresh_and_the_next_hour_finds_nothing_due()
    {
        await app.RegisterAsync("611111111111", "eu-west-1");
        await app.RegisterAsync("622222222222", "eu-west-1");

        await app.RunCheckAsync(Hour.AddHours(-3));

        var job = Assert.Single(await app.JobsAsync());
        Assert.Equal("System:scheduler", job.Trigger);
        Assert.Equal(["611111111111", "622222222222"], job.AccountIds.Order());
        Assert.Equal(JobStatus.Completed, job.Status);
        var first = Assert.Single(await app.ChecksAsync());
        Assert.Equal(job.JobId, first.StartedJobId);
        Assert.Contains("no discovery has completed yet", first.Reason);
        // The finished job asked for a cost refresh, which reached both management accounts.
        foreach (var account in job.AccountIds)
            Assert.Equal("DiscoveryJob:" + job.JobId.ToString("D"), (await LastCostOutcomeAsync(account)).ToString());

        // The same occurrence again (a redelivery, or another instance): nothing happens.
        await app.RunCheckAsync(Hour.AddHours(-3));
        Assert.Single(await app.ChecksAsync());

        // The next hour: the job completed minutes ago and costs came with it.
        await app.RunCheckAsync(Hour.AddHours(-2));
        Assert.Single(await app.JobsAsync());
        var second = (await app.ChecksAsync())[1];
        Assert.Null(second.StartedJobId);
        Assert.False(second.CostsRequested);
        Assert.Contains("next hourly discovery is due", second.Reason);
        Assert.Contains("costs are fresh", second.Reason);

        // The dashboard names the interval in force and the check that will start the next discovery.
        var discovery = (await app.Host.GetJsonAsync<DashboardResponse>("/api/dashboard")).Discovery;
        Assert.Equal(DiscoveryInterval.Hourly, discovery.Scheduling);
        Assert.Equal(ScheduleRules.NextDiscoveryAt(DiscoveryInterval.Hourly, job.FinishedAt, DateTimeOffset.UtcNow), discovery.Next);
    }

    private async Task<object> LastCostOutcomeAsync(string accountId)
    {
        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(CostStreams.Key(accountId));
        return events.Last().Data switch
        {
            CostsFetched fetched => fetched.Cause,
            CostsFetchFailed failed => failed.Cause,
            var other => throw new InvalidOperationException("Unexpected cost event " + other.GetType().Name),
        };
    }
}
