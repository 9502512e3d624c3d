namespace Inventory.Domain.DiscoveryJobs;

/// <summary>The log lines a job event adds: what a person follows while the job runs and reads after it failed.</summary>
public static class JobLog
{
    public static JobLogEntry? For(object @event) => @event switch
    {
        DiscoveryJobStarted s => Info(s.At, $"{(s.DryRun ? "Dry run" : "Discovery")} of {Count(s.AccountIds.Count, "account")} started by {s.Cause}; time limit {Minutes(s.TimeLimit)}."),
        AccountDiscoveryStarted a => Info(a.At,
            $"Account {a.AccountId}: {Count(a.Scopes, "scope")} to scan in {(a.Regions.Count == 0 ? "no region" : string.Join(", ", a.Regions))} and the global services."),
        JobScopeRecorded { Outcome: ScopeOutcome.Failed } r => new JobLogEntry(r.At, JobLogLevel.Error,
            $"{Scope(r)} failed: {r.ErrorCode}: {r.ErrorMessage}"),
        JobScopeRecorded { Outcome: ScopeOutcome.Unfinished } r => new JobLogEntry(r.At, JobLogLevel.Warning,
            $"{Scope(r)} did not finish ({r.ErrorMessage}); its assets are left as they were."),
        // Clean scopes with nothing to report would bury the lines that matter.
        JobScopeRecorded r when r.New + r.Changed + r.Gone > 0 => Info(r.At,
            $"{Scope(r)}: {r.Observed} seen, {r.New} new, {r.Changed} changed, {r.Gone} gone."),
        AccountDiscovered d => Info(d.At, $"Account {d.AccountId} done."),
        DiscoveryJobCancelRequested c => new JobLogEntry(c.At, JobLogLevel.Warning, $"Cancel requested by {c.By}."),
        DiscoveryJobFinished f => new JobLogEntry(f.At, f.Status switch
            {
                JobStatus.Completed => JobLogLevel.Info,
                JobStatus.CompletedWithErrors or JobStatus.Cancelled => JobLogLevel.Warning,
                _ => JobLogLevel.Error,
            },
            $"Job {Describe(f.Status)}{(f.Reason is null ? "" : ": " + f.Reason)}."),
        _ => null,
    };

    private static JobLogEntry Info(DateTimeOffset at, string message) => new(at, JobLogLevel.Info, message);

    private static string Scope(JobScopeRecorded r) => $"{r.AccountId} {r.Region} {r.Service}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    internal static string Minutes(TimeSpan span) => span.TotalMinutes >= 1 && span.Seconds == 0
        ? Count((int)span.TotalMinutes, "minute")
        : Count((int)Math.Ceiling(span.TotalSeconds), "second");

    private static string Describe(JobStatus status) => status switch
    {
        JobStatus.CompletedWithErrors => "completed with errors",
        _ => status.ToString().ToLowerInvariant(),
    };
}
