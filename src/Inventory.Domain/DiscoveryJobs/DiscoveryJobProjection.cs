using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;

namespace Inventory.Domain.DiscoveryJobs;

public sealed partial class DiscoveryJobProjection : SingleStreamProjection<DiscoveryJobView, string>
{
    public DiscoveryJobProjection()
    {
        IncludeType<DiscoveryJobStarted>();
        IncludeType<AccountDiscoveryStarted>();
        IncludeType<JobScopeRecorded>();
        IncludeType<AccountDiscovered>();
        IncludeType<DiscoveryJobCancelRequested>();
        IncludeType<DiscoveryJobFinished>();
    }

    public override DiscoveryJobView? Evolve(DiscoveryJobView? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case DiscoveryJobStarted s:
                snapshot = new DiscoveryJobView
                {
                    Id = id, JobId = s.JobId, Status = JobStatus.Pending, Trigger = s.Cause.ToString(), DryRun = s.DryRun,
                    AccountIds = [.. s.AccountIds], StartedAt = s.At, TimeLimit = s.TimeLimit,
                };
                break;
            case AccountDiscoveryStarted a when snapshot is not null:
                if (!snapshot.StartedAccountIds.Contains(a.AccountId))
                    snapshot.StartedAccountIds.Add(a.AccountId);
                if (snapshot.Status == JobStatus.Pending)
                    snapshot.Status = JobStatus.Running;
                break;
            case JobScopeRecorded r when snapshot is not null:
                Record(snapshot, r);
                break;
            case AccountDiscovered d when snapshot is not null:
                if (!snapshot.DiscoveredAccountIds.Contains(d.AccountId))
                    snapshot.DiscoveredAccountIds.Add(d.AccountId);
                break;
            case DiscoveryJobCancelRequested c when snapshot is not null:
                snapshot.CancelRequestedAt ??= c.At;
                snapshot.CancelRequestedBy ??= c.By.ToString();
                break;
            case DiscoveryJobFinished f when snapshot is not null:
                snapshot.Status = f.Status;
                snapshot.FinishedAt = f.At;
                snapshot.Reason = f.Reason;
                break;
        }
        if (snapshot is not null)
        {
            if (JobLog.For(e.Data) is { } line)
                snapshot.Log.Add(line);
            snapshot.Version = e.Version;
        }
        return snapshot;
    }

    // A scope recorded again (a redelivered account) replaces its first record, so totals never count it twice.
    private static void Record(DiscoveryJobView job, JobScopeRecorded r)
    {
        job.Scopes.RemoveAll(s => s.AccountId == r.AccountId && s.Region == r.Region && s.Service == r.Service);
        job.Scopes.Add(new JobScope
        {
            AccountId = r.AccountId, Region = r.Region, Service = r.Service, Outcome = r.Outcome, ErrorCode = r.ErrorCode,
            ErrorMessage = r.ErrorMessage, Observed = r.Observed, New = r.New, Changed = r.Changed, Gone = r.Gone, At = r.At,
        });
        job.Totals = new JobTotals
        {
            Seen = job.Scopes.Sum(s => s.Observed),
            New = job.Scopes.Sum(s => s.New),
            Changed = job.Scopes.Sum(s => s.Changed),
            Gone = job.Scopes.Sum(s => s.Gone),
            FailedScopes = job.Scopes.Count(s => s.Outcome == ScopeOutcome.Failed),
            UnfinishedScopes = job.Scopes.Count(s => s.Outcome == ScopeOutcome.Unfinished),
        };
    }
}

/// <summary>The jobs' part of the store: the view is inline because finishing a job reads it exactly.</summary>
public static class DiscoveryJobStore
{
    public static void Configure(StoreOptions options)
    {
        options.Projections.Add<DiscoveryJobProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<DiscoveryLock>();
        options.Schema.For<DryRunPreview>().Index(p => p.JobId);
    }
}
