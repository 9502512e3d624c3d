using Inventory.Domain.Assets;

namespace Inventory.Domain.DiscoveryJobs;

/// <summary>What a cancel does to a job, how a finished job is judged, and when a stuck job gives its accounts up.</summary>
public abstract record CancelDecision
{
    public sealed record NotFound : CancelDecision;

    public sealed record AlreadyFinished(JobStatus Status) : CancelDecision;

    /// <param name="Finished">The job ended with this cancel, so its account locks go with it.</param>
    public sealed record Accepted(IReadOnlyList<object> Events, bool Finished) : CancelDecision;
}

public static class JobRules
{
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(30);

    /// <summary>How long past its deadline a job may stay unfinished before a new job takes its accounts over.</summary>
    public static readonly TimeSpan DefaultTakeoverGrace = TimeSpan.FromMinutes(5);

    public const string CancelledCode = "Cancelled";
    public const string TimeLimitCode = "TimeLimitExceeded";

    public static CancelDecision Cancel(DiscoveryJobView? job, Cause by, DateTimeOffset at)
    {
        if (job is null)
            return new CancelDecision.NotFound();
        if (job.IsFinished)
            return new CancelDecision.AlreadyFinished(job.Status);
        if (job.CancelRequestedAt is not null)
            return new CancelDecision.Accepted([], false);
        var requested = new DiscoveryJobCancelRequested(by, at);
        // No account handler has begun, so none will record anything: the job can end now.
        if (job.StartedAccountIds.Count == 0)
            return new CancelDecision.Accepted([requested, new DiscoveryJobFinished(JobStatus.Cancelled, at, $"cancelled by {by} before any account started")], true);
        return new CancelDecision.Accepted([requested], false);
    }

    /// <summary>Why an account's remaining scopes stop: a cancel wins over the time limit.</summary>
    public static (string Code, string Message) StopReason(DiscoveryJobView job) => job.CancelRequestedAt is not null
        ? (CancelledCode, $"cancelled by {job.CancelRequestedBy}")
        : (TimeLimitCode, $"time limit of {JobLog.Minutes(job.TimeLimit)} reached");

    /// <summary>The status and reason a job ends with once every account is done.</summary>
    public static (JobStatus Status, string? Reason) Outcome(DiscoveryJobView job)
    {
        var total = job.Scopes.Count;
        var unfinished = job.Scopes.Count(s => s.Outcome == ScopeOutcome.Unfinished);
        var failed = job.Scopes.Count(s => s.Outcome == ScopeOutcome.Failed);
        if (unfinished > 0)
        {
            var (_, why) = StopReason(job);
            var status = job.CancelRequestedAt is not null ? JobStatus.Cancelled : JobStatus.Failed;
            return (status, $"{why}; {unfinished} of {total} scopes did not finish");
        }
        if (failed == 0)
            return (JobStatus.Completed, job.CancelRequestedAt is null ? null : "every scope finished before the cancel took effect");
        return failed == total
            ? (JobStatus.Failed, $"all {total} scopes failed")
            : (JobStatus.CompletedWithErrors, $"{failed} of {total} scopes failed");
    }

    /// <summary>A job past its deadline and the grace that lost its handler (a crash, a dead letter) and would hold its accounts forever.</summary>
    public static bool IsAbandoned(DiscoveryJobView job, DateTimeOffset now, TimeSpan grace) =>
        !job.IsFinished && now > job.Deadline + grace;

    public static DiscoveryJobFinished Abandon(DiscoveryJobView job, DateTimeOffset now) => new(JobStatus.Failed, now,
        $"abandoned: still unfinished after its time limit of {JobLog.Minutes(job.TimeLimit)}; " +
        $"{job.AccountIds.Count - job.DiscoveredAccountIds.Count} of {job.AccountIds.Count} accounts did not finish and were released");
}
