using System.Text.Json.Serialization;

namespace Inventory.Domain.DiscoveryJobs;

/// <summary>A discovery job as the API shows it: status, accounts, every scope's outcome, the totals and a log.</summary>
public sealed class DiscoveryJobView
{
    public string Id { get; set; } = "";
    public Guid JobId { get; set; }
    public JobStatus Status { get; set; }
    public string Trigger { get; set; } = "";
    public bool DryRun { get; set; }
    public List<string> AccountIds { get; set; } = [];
    public List<string> StartedAccountIds { get; set; } = [];
    public List<string> DiscoveredAccountIds { get; set; } = [];
    public List<JobScope> Scopes { get; set; } = [];
    public JobTotals Totals { get; set; } = new();
    public List<JobLogEntry> Log { get; set; } = [];
    public DateTimeOffset StartedAt { get; set; }
    public TimeSpan TimeLimit { get; set; }
    public DateTimeOffset Deadline => StartedAt + TimeLimit;
    public DateTimeOffset? CancelRequestedAt { get; set; }
    public string? CancelRequestedBy { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Reason { get; set; }
    public TimeSpan? Duration => FinishedAt - StartedAt;
    public bool IsFinished => Status is not (JobStatus.Pending or JobStatus.Running);
    public long Version { get; set; }

    /// <summary>Worked out when the job is read, from the daemon's progress; never stored, so always null in the document.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JobVisibility? Visibility { get; set; }
}

public sealed class JobScope
{
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public string Service { get; set; } = "";
    public ScopeOutcome Outcome { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }
    public int Observed { get; set; }
    public int New { get; set; }
    public int Changed { get; set; }
    public int Gone { get; set; }
    public DateTimeOffset At { get; set; }
}

public sealed class JobTotals
{
    public int Seen { get; set; }
    public int New { get; set; }
    public int Changed { get; set; }
    public int Gone { get; set; }
    public int FailedScopes { get; set; }
    public int UnfinishedScopes { get; set; }
}

public enum JobLogLevel
{
    Info,
    Warning,
    Error,
}

public sealed record JobLogEntry(DateTimeOffset At, JobLogLevel Level, string Message);
