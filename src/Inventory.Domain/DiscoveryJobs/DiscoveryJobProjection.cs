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
        IncludeType<JobScopeRecorded>();
        IncludeType<AccountDiscovered>();
        IncludeType<DiscoveryJobFinished>();
    }

    public override DiscoveryJobView? Evolve(DiscoveryJobView? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case DiscoveryJobStarted s:
                snapshot = new DiscoveryJobView
                {
                    Id = id, JobId = s.JobId, Status = JobStatus.Running, Trigger = s.Cause.ToString(), DryRun = s.DryRun,
                    AccountIds = [.. s.AccountIds], StartedAt = s.At,
                };
                break;
            case JobScopeRecorded r when snapshot is not null:
                snapshot.Scopes.Add(new JobScope
                {
                    AccountId = r.AccountId, Region = r.Region, Service = r.Service, Outcome = r.Outcome, ErrorCode = r.ErrorCode,
                    ErrorMessage = r.ErrorMessage, Observed = r.Observed, New = r.New, Changed = r.Changed, Gone = r.Gone,
                });
                snapshot.Totals.Seen += r.Observed;
                snapshot.Totals.New += r.New;
                snapshot.Totals.Changed += r.Changed;
                snapshot.Totals.Gone += r.Gone;
                if (r.Outcome == ScopeOutcome.Failed)
                    snapshot.Totals.FailedScopes++;
                break;
            case AccountDiscovered d when snapshot is not null:
                if (!snapshot.DiscoveredAccountIds.Contains(d.AccountId))
                    snapshot.DiscoveredAccountIds.Add(d.AccountId);
                break;
            case DiscoveryJobFinished f when snapshot is not null:
                snapshot.Status = f.Status;
                snapshot.FinishedAt = f.At;
                break;
        }
        if (snapshot is not null)
            snapshot.Version = e.Version;
        return snapshot;
    }
}

/// <summary>The jobs' part of the store: the view is inline because finishing a job reads it exactly.</summary>
public static class DiscoveryJobStore
{
    public static void Configure(StoreOptions options)
    {
        options.Projections.Add<DiscoveryJobProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<DiscoveryLock>();
    }
}
