using Inventory.Api.Access;
using Inventory.Api.Accounts;
using Inventory.Domain.DiscoveryJobs;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.DiscoveryJobs;

public static class CancelDiscoveryJobEndpoint
{
    /// <summary>
    /// Asks a job to stop: scopes still listing are abandoned and recorded as unfinished, so none of their assets is marked gone.
    /// Answers 202 because the accounts' handlers stop at their next check; the job ends as cancelled.
    /// </summary>
    [WolverinePost("/api/discovery-jobs/{jobId}/cancel")]
    public static async Task<IResult> Post(string jobId, HttpContext context, IDocumentStore store, CancellationToken cancellation)
    {
        if (!Guid.TryParse(jobId, out var id))
            return JobProblems.NotFound(jobId);
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForExclusiveWriting<DiscoveryJobView>(DiscoveryJobStreams.Key(id), cancellation);
        switch (JobRules.Cancel(stream.Aggregate, SignedIn.CauseOf(context), TimeProvider.System.GetUtcNow()))
        {
            case CancelDecision.NotFound:
                return JobProblems.NotFound(jobId);
            case CancelDecision.AlreadyFinished finished:
                return JobProblems.Finished(id, finished.Status.ToString());
            case CancelDecision.Accepted accepted:
                stream.AppendMany(accepted.Events);
                if (accepted.Finished)
                    session.DeleteWhere<DiscoveryLock>(l => l.JobId == id);
                await session.SaveChangesAsync(cancellation);
                break;
        }
        await using var query = store.QuerySession();
        return Results.Accepted($"/api/discovery-jobs/{id}", await query.LoadAsync<DiscoveryJobView>(DiscoveryJobStreams.Key(id), cancellation));
    }
}
