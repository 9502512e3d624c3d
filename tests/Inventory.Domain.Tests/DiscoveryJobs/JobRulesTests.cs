using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;

namespace Inventory.Domain.Tests.DiscoveryJobs;

public sealed class JobRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Bob = Cause.User("bob");

    private static DiscoveryJobView Job(params JobScope[] scopes) => new()
    {
        Id = "job:1", JobId = Guid.NewGuid(), Status = JobStatus.Running, AccountIds = ["111111111111"], StartedAccountIds = ["111111111111"],
        StartedAt = Start, TimeLimit = TimeSpan.FromMinutes(30), Scopes = [.. scopes],
    };

    private static JobScope Scope(ScopeOutcome outcome, string service = "ec2") => new() { AccountId = "111111111111", Region = "eu-west-1", Service = service, Outcome = outcome };

    [Fact]
    public void Cancelling_a_running_job_asks_its_handlers_to_stop()
    {
        var decision = Assert.IsType<CancelDecision.Accepted>(JobRules.Cancel(Job(), Bob, Start.AddMinutes(1)));

        Assert.False(decision.Finished);
        Assert.Equal([new DiscoveryJobCancelRequested(Bob, Start.AddMinutes(1))], decision.Events);
    }

    [Fact]
    public void Cancelling_a_job_no_account_has_started_ends_it_at_once()
    {
        var job = Job();
        job.Status = JobStatus.Pending;
        job.StartedAccountIds.Clear();

        var decision = Assert.IsType<CancelDecision.Accepted>(JobRules.Cancel(job, Bob, Start));

        Assert.True(decision.Finished);
        var finished = Assert.IsType<DiscoveryJobFinished>(decision.Events[1]);
        Assert.Equal(JobStatus.Cancelled, finished.Status);
    }

    [Fact]
    public void Cancelling_twice_changes_nothing_and_a_finished_or_unknown_job_is_refused()
    {
        var job = Job();
        job.CancelRequestedAt = Start;
        Assert.Empty(Assert.IsType<CancelDecision.Accepted>(JobRules.Cancel(job, Bob, Start)).Events);

        job.Status = JobStatus.Completed;
        Assert.Equal(new CancelDecision.AlreadyFinished(JobStatus.Completed), JobRules.Cancel(job, Bob, Start));
        Assert.IsType<CancelDecision.NotFound>(JobRules.Cancel(null, Bob, Start));
    }

    [Fact]
    public void Outcome_follows_the_scopes()
    {
        Assert.Equal((JobStatus.Completed, null), JobRules.Outcome(Job(Scope(ScopeOutcome.Clean))));
        Assert.Equal((JobStatus.CompletedWithErrors, "1 of 2 scopes failed"),
            JobRules.Outcome(Job(Scope(ScopeOutcome.Clean), Scope(ScopeOutcome.Failed, "s3"))));
        Assert.Equal((JobStatus.Failed, "all 1 scopes failed"), JobRules.Outcome(Job(Scope(ScopeOutcome.Failed))));
        Assert.Equal((JobStatus.Failed, "time limit of 30 minutes reached; 1 of 2 scopes did not finish"),
            JobRules.Outcome(Job(Scope(ScopeOutcome.Clean), Scope(ScopeOutcome.Unfinished, "s3"))));
    }

    [Fact]
    public void A_cancel_wins_over_the_time_limit_and_a_late_cancel_keeps_the_real_outcome()
    {
        var cancelled = Job(Scope(ScopeOutcome.Unfinished));
        cancelled.CancelRequestedAt = Start;
        cancelled.CancelRequestedBy = Bob.ToString();
        Assert.Equal((JobStatus.Cancelled, "cancelled by User:bob; 1 of 1 scopes did not finish"), JobRules.Outcome(cancelled));
        Assert.Equal((JobRules.CancelledCode, "cancelled by User:bob"), JobRules.StopReason(cancelled));

        var late = Job(Scope(ScopeOutcome.Clean));
        late.CancelRequestedAt = Start;
        Assert.Equal((JobStatus.Completed, "every scope finished before the cancel took effect"), JobRules.Outcome(late));
    }

    [Fact]
    public void A_job_is_abandoned_only_after_its_deadline_and_the_grace()
    {
        var job = Job();
        var grace = TimeSpan.FromMinutes(5);

        Assert.False(JobRules.IsAbandoned(job, Start.AddMinutes(35), grace));
        Assert.True(JobRules.IsAbandoned(job, Start.AddMinutes(35).AddTicks(1), grace));
        job.Status = JobStatus.Failed;
        Assert.False(JobRules.IsAbandoned(job, Start.AddDays(1), grace));
    }
}
