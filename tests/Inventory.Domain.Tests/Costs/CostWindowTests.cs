using Inventory.Domain.Costs;

namespace Inventory.Domain.Tests.Costs;

public sealed class CostWindowTests
{
    [Fact]
    public void The_window_runs_from_the_first_of_last_month_to_tomorrow_in_utc()
    {
        var window = CostWindow.At(new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.FromHours(-5)));

        // 23:30 at UTC-5 is already the 28th in UTC, the day AWS bills in.
        Assert.Equal(new CostWindow(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 29)), window);
    }

    [Fact]
    public void On_the_first_day_of_a_year_last_month_is_december_and_this_month_has_one_day()
    {
        var window = CostWindow.At(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 2)), (window.Start, window.ThisMonth, window.End));
    }
}
