using Inventory.Domain.DiscoveryJobs;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.DiscoveryJobs;

public static class ReadDiscoveryJobEndpoints
{
    /// <summary>A list, not pages: jobs are few; the newest hundred is what anyone looks at.</summary>
    internal const int ListLimit = 100;

    /// <summary>Each job with its visibility: recording, catching up (events behind, estimated seconds left) or visible in the register.</summary>
    [WolverineGet("/api/discovery-jobs")]
    public static async Task<IReadOnlyList<DiscoveryJobView>> List(IQuerySession session, CatchUpPace pace, CancellationToken cancellation)
    {
        var jobs = await session.Query<DiscoveryJobView>().OrderByDescending(j => j.StartedAt).Take(ListLimit).ToListAsync(cancellation);
        await JobVisibilityQuery.AddAsync(session, pace, jobs, cancellation);
        return jobs;
    }

    [WolverineGet("/api/discovery-jobs/{jobId}")]
    public static async Task<IResult> Get(string jobId, IQuerySession session, CatchUpPace pace, CancellationToken cancellation)
    {
        if (!Guid.TryParse(jobId, out var id))
            return JobProblems.NotFound(jobId);
        var view = await session.LoadAsync<DiscoveryJobView>(DiscoveryJobStreams.Key(id), cancellation);
        if (view is null)
            return JobProblems.NotFound(jobId);
        await JobVisibilityQuery.AddAsync(session, pace, view, cancellation);
        return Results.Ok(view);
    }
}
