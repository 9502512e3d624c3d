using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;

namespace Inventory.Domain.Tests.DiscoveryJobs;

public sealed class JobLogTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static JobScopeRecorded Scope(ScopeOutcome outcome, int @new = 0) =>
        new("111111111111", "eu-west-1", "ec2", outcome, outcome == ScopeOutcome.Clean ? null : "AccessDenied", "not allowed", 3, @new, 0, 0, At);

    [Fact]
    public void A_job_logs_what_a_person_follows()
    {
        Assert.Equal("Dry run of 2 accounts started by User:bob; time limit 30 minutes.",
            JobLog.For(new DiscoveryJobStarted(Guid.NewGuid(), ["1", "2"], Cause.User("bob"), true, At, TimeSpan.FromMinutes(30)))!.Message);
        Assert.Equal("Account 1: 1 scope to scan in eu-west-1 and the global services.",
            JobLog.For(new AccountDiscoveryStarted("1", ["eu-west-1"], 1, At))!.Message);
        Assert.Equal(new JobLogEntry(At, JobLogLevel.Error, "111111111111 eu-west-1 ec2 failed: AccessDenied: not allowed"),
            JobLog.For(Scope(ScopeOutcome.Failed)));
        Assert.Equal("111111111111 eu-west-1 ec2: 3 seen, 2 new, 0 changed, 0 gone.", JobLog.For(Scope(ScopeOutcome.Clean, 2))!.Message);
        Assert.Equal(new JobLogEntry(At, JobLogLevel.Warning, "Job completed with errors: 1 of 2 scopes failed."),
            JobLog.For(new DiscoveryJobFinished(JobStatus.CompletedWithErrors, At, "1 of 2 scopes failed")));
    }

    [Fact]
    public void A_clean_scope_with_nothing_new_adds_no_line()
    {
        Assert.Null(JobLog.For(Scope(ScopeOutcome.Clean)));
    }

    [Fact]
    public void Time_limits_read_in_minutes_or_seconds()
    {
        Assert.Equal("1 minute", JobLog.Minutes(TimeSpan.FromMinutes(1)));
        Assert.Equal("90 seconds", JobLog.Minutes(TimeSpan.FromSeconds(90)));
        Assert.Equal("4 seconds", JobLog.Minutes(TimeSpan.FromSeconds(4)));
    }
}
