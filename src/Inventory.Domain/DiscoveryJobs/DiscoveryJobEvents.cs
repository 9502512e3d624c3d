using Inventory.Domain.Assets;

namespace Inventory.Domain.DiscoveryJobs;

public enum JobStatus
{
    Pending,
    Running,
    Completed,
    CompletedWithErrors,
    Failed,
    Cancelled,
}

public enum ScopeOutcome
{
    Clean,
    Failed,

    /// <summary>Stopped by a cancel or the time limit before its scan was recorded: none of its assets were touched.</summary>
    Unfinished,
}

/// <summary>Stream keys of discovery jobs: one stream per job, apart from the asset streams it touches.</summary>
public static class DiscoveryJobStreams
{
    public static string Key(Guid jobId) => "job:" + jobId.ToString("D");
}

public sealed record DiscoveryJobStarted(
    Guid JobId, IReadOnlyList<string> AccountIds, Cause Cause, bool DryRun, DateTimeOffset At, TimeSpan TimeLimit);

/// <summary>An account's handler began: its regions are chosen and its scopes planned.</summary>
public sealed record AccountDiscoveryStarted(string AccountId, IReadOnlyList<string> Regions, int Scopes, DateTimeOffset At);

public sealed record JobScopeRecorded(
    string AccountId, string Region, string Service, ScopeOutcome Outcome, string? ErrorCode, string? ErrorMessage,
    int Observed, int New, int Changed, int Gone, DateTimeOffset At);

/// <summary>Every scope of the account has been recorded; the job finishes when all its accounts have this.</summary>
public sealed record AccountDiscovered(string AccountId, DateTimeOffset At);

public sealed record DiscoveryJobCancelRequested(Cause By, DateTimeOffset At);

public sealed record DiscoveryJobFinished(JobStatus Status, DateTimeOffset At, string? Reason = null);
