using Inventory.Domain.Scheduling;
using Inventory.Domain.Settings;

namespace Inventory.Domain.Tests.Scheduling;

public sealed class ScheduleRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 10, 0, 0, TimeSpan.Zero);

    private static ScheduleFacts Facts(DiscoveryInterval interval = DiscoveryInterval.Daily, DateTimeOffset? lastCompleted = null,
        bool running = false, bool accounts = true, DateTimeOffset? lastCosts = null) =>
        new(Now, interval, lastCompleted, running, accounts, lastCosts);

    [Fact]
    public void The_first_check_with_active_accounts_discovers_because_nothing_has_completed_yet()
    {
        var decision = ScheduleRules.Decide(Facts());

        Assert.True(decision.StartDiscovery);
        Assert.False(decision.RefreshCosts);
        Assert.Contains("no discovery has completed yet", decision.Reason);
    }

    [Theory]
    [InlineData(DiscoveryInterval.Hourly, 55, true)]
    [InlineData(DiscoveryInterval.Hourly, 45, false)]
    [InlineData(DiscoveryInterval.Daily, 24 * 60 - 5, true)]
    [InlineData(DiscoveryInterval.Daily, 23 * 60, false)]
    [InlineData(DiscoveryInterval.Weekly, 7 * 24 * 60, true)]
    [InlineData(DiscoveryInterval.Weekly, 6 * 24 * 60, false)]
    public void A_discovery_is_due_once_the_interval_less_the_slack_has_passed_since_the_last_completed_one(
        DiscoveryInterval interval, int minutesAgo, bool due)
    {
        var decision = ScheduleRules.Decide(Facts(interval, Now.AddMinutes(-minutesAgo), lastCosts: Now));

        Assert.Equal(due, decision.StartDiscovery);
    }

    [Fact]
    public void Monthly_counts_calendar_months_so_february_is_not_a_thirty_day_month()
    {
        var lastCompleted = new DateTimeOffset(2026, 2, 28, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 9, 50, 0, TimeSpan.Zero), ScheduleRules.DiscoveryDue(DiscoveryInterval.Monthly, lastCompleted));
        Assert.True(ScheduleRules.Decide(Facts(DiscoveryInterval.Monthly, lastCompleted, lastCosts: Now)).StartDiscovery);
        Assert.False(ScheduleRules.Decide(Facts(DiscoveryInterval.Monthly, Now.AddDays(-20), lastCosts: Now)).StartDiscovery);
    }

    [Fact]
    public void Disabled_never_discovers_but_still_keeps_costs_fresh()
    {
        var decision = ScheduleRules.Decide(Facts(DiscoveryInterval.Disabled, lastCosts: Now.AddHours(-7)));

        Assert.False(decision.StartDiscovery);
        Assert.True(decision.RefreshCosts);
        Assert.Null(ScheduleRules.DiscoveryDue(DiscoveryInterval.Disabled, null));
        Assert.Contains("disabled", decision.Reason);
    }

    [Fact]
    public void A_running_discovery_or_no_active_account_starts_nothing()
    {
        Assert.False(ScheduleRules.Decide(Facts(running: true)).StartDiscovery);
        Assert.Contains("running", ScheduleRules.Decide(Facts(running: true)).Reason);
        Assert.False(ScheduleRules.Decide(Facts(accounts: false)).StartDiscovery);
        Assert.Contains("no active account", ScheduleRules.Decide(Facts(accounts: false)).Reason);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(7 * 60, true)]
    [InlineData(5 * 60 + 55, true)]
    [InlineData(5 * 60, false)]
    public void Costs_refresh_every_six_hours_when_no_discovery_starts(int? minutesSinceCosts, bool refresh)
    {
        var lastCosts = minutesSinceCosts is { } m ? Now.AddMinutes(-m) : (DateTimeOffset?)null;

        var decision = ScheduleRules.Decide(Facts(lastCompleted: Now.AddHours(-1), lastCosts: lastCosts));

        Assert.False(decision.StartDiscovery);
        Assert.Equal(refresh, decision.RefreshCosts);
    }

    [Fact]
    public void A_discovery_that_starts_leaves_the_cost_refresh_to_its_end()
    {
        var decision = ScheduleRules.Decide(Facts(lastCompleted: Now.AddDays(-2), lastCosts: Now.AddDays(-2)));

        Assert.True(decision.StartDiscovery);
        Assert.False(decision.RefreshCosts);
        Assert.Contains("costs follow the discovery", decision.Reason);
    }

    [Fact]
    public void The_next_discovery_is_the_first_hourly_check_once_it_is_due()
    {
        var completed = new DateTimeOffset(2026, 3, 31, 8, 20, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero), ScheduleRules.NextDiscoveryAt(DiscoveryInterval.Daily, completed, Now));
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 11, 0, 0, TimeSpan.Zero), ScheduleRules.NextDiscoveryAt(DiscoveryInterval.Hourly, completed, Now.AddMinutes(1)));
        Assert.Equal(Now, ScheduleRules.NextDiscoveryAt(DiscoveryInterval.Hourly, null, Now));
        Assert.Null(ScheduleRules.NextDiscoveryAt(DiscoveryInterval.Disabled, completed, Now));
    }
}
