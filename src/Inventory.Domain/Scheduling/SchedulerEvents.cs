namespace Inventory.Domain.Scheduling;

/// <summary>One occurrence of the hourly check ran: what it started, and why. Claims the occurrence so no instance runs it twice.</summary>
public sealed record ScheduledCheckRan(DateTimeOffset Occurrence, DateTimeOffset At, Guid? StartedJobId, bool CostsRequested, string Reason);

public static class SchedulerStreams
{
    /// <summary>The one stream every instance's checks append to, in turn.</summary>
    public const string Key = "scheduler";
}
