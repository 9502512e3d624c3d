namespace Inventory.Domain.Costs;

/// <summary>
/// The dates one refresh asks Cost Explorer for, in UTC as AWS bills: from the first day of last month to tomorrow
/// (End is exclusive, so today's spend so far is in), which MONTHLY granularity splits into last month and this month.
/// </summary>
public sealed record CostWindow(DateOnly LastMonth, DateOnly ThisMonth, DateOnly End)
{
    public DateOnly Start => LastMonth;

    public static CostWindow At(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return new CostWindow(thisMonth.AddMonths(-1), thisMonth, today.AddDays(1));
    }
}
