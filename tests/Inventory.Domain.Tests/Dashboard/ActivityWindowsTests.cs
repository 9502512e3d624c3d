using Inventory.Domain.Dashboard;

namespace Inventory.Domain.Tests.Dashboard;

public sealed class ActivityWindowsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Windows_end_now_and_reach_back_24_hours_7_days_and_30_days()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 15, 30, 0, TimeSpan.Zero), ActivityWindows.Start(Now, ActivityWindows.Day));
        Assert.Equal(new DateTimeOffset(2026, 11, 13, 15, 30, 0, TimeSpan.Zero), ActivityWindows.Start(Now, ActivityWindows.Week));
        Assert.Equal(new DateTimeOffset(2026, 10, 21, 15, 30, 0, TimeSpan.Zero), ActivityWindows.Start(Now, ActivityWindows.Month));
        Assert.Equal(Today, ActivityWindows.Today(Now.ToOffset(TimeSpan.FromHours(-10))));
    }

    [Fact]
    public void Changed_counts_discovery_changes_and_edits_and_each_window_sums_its_own_counts()
    {
        var summary = ActivityWindows.Summarise(Now,
        [
            new(ActivityKind.New, Today, 3, 3, 2),
            new(ActivityKind.Edited, Today, 2, 2, 2),
            new(ActivityKind.Changed, Today.AddDays(-1), 4, 4, 1),
            new(ActivityKind.Gone, Today.AddDays(-5), 1, 1, 0),
            new(ActivityKind.Reappeared, Today.AddDays(-10), 1, 0, 0),
            new(ActivityKind.Decommissioned, Today.AddDays(-29), 1, 0, 0),
            // The 30-day window's first, partial day: in the window, before the series.
            new(ActivityKind.New, Today.AddDays(-30), 5, 0, 0),
        ]);

        Assert.Equal(new ActivityCounts(2, 0, 3, 1, 2, 0, 0), summary.Last24Hours);
        Assert.Equal(new ActivityCounts(3, 0, 6, 4, 2, 1, 0), summary.Last7Days);
        Assert.Equal(new ActivityCounts(8, 1, 6, 4, 2, 1, 1), summary.Last30Days);
        Assert.Equal(Now, summary.At);
    }

    [Fact]
    public void The_series_has_every_day_of_the_last_30_oldest_first_with_zeros_on_quiet_days()
    {
        var summary = ActivityWindows.Summarise(Now, [new(ActivityKind.Gone, Today.AddDays(-2), 2, 2, 0), new(ActivityKind.New, Today, 1, 1, 1)]);

        Assert.Equal(30, summary.Daily.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => Today.AddDays(i - 29)), summary.Daily.Select(d => d.Day));
        Assert.Equal(ActivityCounts.None with { Gone = 2 }, summary.Daily[27].Counts);
        Assert.Equal(ActivityCounts.None with { New = 1 }, summary.Daily[29].Counts);
        Assert.Equal(28, summary.Daily.Count(d => d.Counts == ActivityCounts.None));
    }
}
