namespace Inventory.Domain.DiscoveryJobs;

/// <summary>A discovery job as the API shows it: status, accounts, every scope's outcome and the totals.</summary>
public sealed class DiscoveryJobView
{
    public string Id { get; set; } = "";
    public Guid JobId { get; set; }
    public JobStatus Status { get; set; }
    public string Trigger { get; set; } = "";
    public bool DryRun { get; set; }
    public List<string> AccountIds { get; set; } = [];
    public List<string> DiscoveredAccountIds { get; set; } = [];
    public List<JobScope> Scopes { get; set; } = [];
    public JobTotals Totals { get; set; } = new();
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public TimeSpan? Duration => FinishedAt - StartedAt;
    public long Version { get; set; }
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
}

public sealed class JobTotals
{
    public int Seen { get; set; }
    public int New { get; set; }
    public int Changed { get; set; }
    public int Gone { get; set; }
    public int FailedScopes { get; set; }
}
