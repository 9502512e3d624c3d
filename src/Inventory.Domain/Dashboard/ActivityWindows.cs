namespace Inventory.Domain.Dashboard;

/// <summary>How many activities of one kind fell on one UTC day since the 30-day window began, and how many of them in the last 7 days and 24 hours.</summary>
internal sealed record ActivityDay(ActivityKind Kind, DateOnly Day, long Count, long InLast7Days, long InLast24Hours);

/// <summary>
/// Activity in a period. Changed counts both discovery's changes and people's edits; each is also given alone. New counts first sightings
/// and manual registrations; a resource that came back after it had gone is reappeared, not new.
/// </summary>
public sealed record ActivityCounts(long New, long Reappeared, long Changed, long ChangedByDiscovery, long EditedByPeople, long Gone, long Decommissioned)
{
    public static readonly ActivityCounts None = new(0, 0, 0, 0, 0, 0, 0);

    internal ActivityCounts Add(ActivityKind kind, long count) => kind switch
    {
        ActivityKind.New => this with { New = New + count },
        ActivityKind.Reappeared => this with { Reappeared = Reappeared + count },
        ActivityKind.Changed => this with { Changed = Changed + count, ChangedByDiscovery = ChangedByDiscovery + count },
        ActivityKind.Edited => this with { Changed = Changed + count, EditedByPeople = EditedByPeople + count },
        ActivityKind.Gone => this with { Gone = Gone + count },
        ActivityKind.Decommissioned => this with { Decommissioned = Decommissioned + count },
        _ => this,
    };
}

public sealed record DayActivity(DateOnly Day, ActivityCounts Counts);

/// <summary>The last 24 hours, 7 days and 30 days up to the dashboard's instant, and each UTC day of the last 30 (today's so far).</summary>
public sealed record RecentActivity(DateTimeOffset At, ActivityCounts Last24Hours, ActivityCounts Last7Days, ActivityCounts Last30Days, IReadOnlyList<DayActivity> Daily);

internal static class ActivityWindows
{
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);
    public static readonly TimeSpan Month = TimeSpan.FromDays(30);
    public const int SeriesDays = 30;

    /// <summary>Windows are (now - span, now]: an activity exactly 24 hours old is no longer in the last 24 hours.</summary>
    public static DateTimeOffset Start(DateTimeOffset now, TimeSpan span) => now - span;

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    /// <param name="days">Counts per kind and day of activities in (now - 30 days, now].</param>
    public static RecentActivity Summarise(DateTimeOffset now, IEnumerable<ActivityDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.ToList();
        var today = Today(now);
        var first = today.AddDays(1 - SeriesDays);
        var daily = Enumerable.Range(0, SeriesDays)
            .Select(offset => first.AddDays(offset))
            .Select(day => new DayActivity(day, Sum(list.Where(d => d.Day == day), d => d.Count)))
            .ToList();
        return new RecentActivity(now, Sum(list, d => d.InLast24Hours), Sum(list, d => d.InLast7Days), Sum(list, d => d.Count), daily);
    }

    private static ActivityCounts Sum(IEnumerable<ActivityDay> days, Func<ActivityDay, long> count) =>
        days.Aggregate(ActivityCounts.None, (total, day) => total.Add(day.Kind, count(day)));
}
