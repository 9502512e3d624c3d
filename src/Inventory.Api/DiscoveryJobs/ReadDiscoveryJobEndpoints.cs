using Inventory.Domain.DiscoveryJobs;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.DiscoveryJobs;

public static class ReadDiscoveryJobEndpoints
{
    /// <summary>A list, not pages: jobs are few; the newest hundred is what anyone looks at.</summary>
    internal const int ListLimit = 100;

    [WolverineGet("/api/discovery-jobs")]
    public static async Task<IReadOnlyList<DiscoveryJobView>> List(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<DiscoveryJobView>().OrderByDescending(j => j.StartedAt).Take(ListLimit).ToListAsync(cancellation);

    [WolverineGet("/api/discovery-jobs/{jobId}")]
    public static async Task<IResult> Get(string jobId, IQuerySession session, CancellationToken cancellation)
    {
        if (!Guid.TryParse(jobId, out var id))
            return JobProblems.NotFound(jobId);
        var view = await session.LoadAsync<DiscoveryJobView>(DiscoveryJobStreams.Key(id), cancellation);
        return view is null ? JobProblems.NotFound(jobId) : Results.Ok(view);
    }
}
