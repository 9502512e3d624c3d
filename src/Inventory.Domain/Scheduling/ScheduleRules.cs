using Inventory.Domain.Settings;

namespace Inventory.Domain.Scheduling;

/// <summary>What the scheduled check knows when it runs, all read from the write side.</summary>
public sealed record ScheduleFacts(
    DateTimeOffset Now,
    DiscoveryInterval Interval,
    DateTimeOffset? LastCompletedDiscovery,
    bool DiscoveryRunning,
    bool HasActiveAccounts,
    DateTimeOffset? LastCostRefresh);

/// <summary>What one scheduled check does, and why, in words the scheduler's history keeps.</summary>
public sealed record ScheduleDecision(bool StartDiscovery, bool RefreshCosts, string Reason);

/// <summary>Decides whether an hourly check starts a discovery of every active account and whether it refreshes costs.</summary>
public static class ScheduleRules
{
    public static readonly TimeSpan CostCadence = TimeSpan.FromHours(6);

    // Checks run on the hour, a little after the previous run ended: without slack "hourly" would become every two hours.
    public static readonly TimeSpan Slack = TimeSpan.FromMinutes(10);

    /// <summary>When the next discovery is due after one that completed at <paramref name="lastCompleted"/>; null when disabled.</summary>
    public static DateTimeOffset? DiscoveryDue(DiscoveryInterval interval, DateTimeOffset? lastCompleted)
    {
        if (interval == DiscoveryInterval.Disabled)
            return null;
        if (lastCompleted is not { } last)
            return DateTimeOffset.MinValue;
        var next = interval switch
        {
            DiscoveryInterval.Hourly => last.AddHours(1),
            DiscoveryInterval.Daily => last.AddDays(1),
            DiscoveryInterval.Weekly => last.AddDays(7),
            DiscoveryInterval.Monthly => last.AddMonths(1),
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown discovery interval."),
        };
        return next - Slack;
    }

    /// <summary>The hourly check that will start the next discovery, if nothing else starts one first; null when disabled.</summary>
    public static DateTimeOffset? NextDiscoveryAt(DiscoveryInterval interval, DateTimeOffset? lastCompleted, DateTimeOffset now)
    {
        if (DiscoveryDue(interval, lastCompleted) is not { } due)
            return null;
        var from = due > now ? due : now;
        var hour = new DateTimeOffset(from.Year, from.Month, from.Day, from.Hour, 0, 0, TimeSpan.Zero);
        return hour == from ? hour : hour.AddHours(1);
    }

    public static ScheduleDecision Decide(ScheduleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var (discover, why) = DecideDiscovery(facts);
        // A discovery refreshes costs when it ends, so a second refresh now would only repeat it.
        var costsDue = facts.LastCostRefresh is not { } last || facts.Now >= last + CostCadence - Slack;
        var refresh = costsDue && !discover;
        var costs = refresh ? "costs are due" : discover ? "costs follow the discovery" : "costs are fresh";
        return new ScheduleDecision(discover, refresh, why + "; " + costs);
    }

    private static (bool, string) DecideDiscovery(ScheduleFacts facts)
    {
        if (facts.Interval == DiscoveryInterval.Disabled)
            return (false, "scheduled discovery is disabled");
        if (facts.DiscoveryRunning)
            return (false, "a discovery is running");
        if (!facts.HasActiveAccounts)
            return (false, "there is no active account");
        var due = DiscoveryDue(facts.Interval, facts.LastCompletedDiscovery)!.Value;
        if (facts.Now < due)
            return (false, $"the next {facts.Interval.ToString().ToLowerInvariant()} discovery is due at {due:u}");
        return (true, facts.LastCompletedDiscovery is null
            ? "no discovery has completed yet"
            : $"the last discovery completed at {facts.LastCompletedDiscovery:u}");
    }
}
