using Inventory.Domain.DiscoveryJobs;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.DiscoveryJobs.DryRun;

public sealed record DryRunPreviewPage(Guid JobId, int Total, int Offset, int Limit, IReadOnlyList<DryRunPreviewRow> Items);

public sealed record DryRunPreviewRow(string AccountId, string Region, string Service, PreviewItem Item);

public static class DryRunPreviewEndpoint
{
    internal const int MaxLimit = 1000;

    /// <summary>What a dry run would have appended: every new, reappeared, changed and gone asset, optionally of one kind.</summary>
    [WolverineGet("/api/discovery-jobs/{jobId}/preview")]
    public static async Task<IResult> Get(string jobId, string? kind, int? offset, int? limit, IQuerySession session,
        CancellationToken cancellation)
    {
        if (!Guid.TryParse(jobId, out var id))
            return JobProblems.NotFound(jobId);
        var job = await session.LoadAsync<DiscoveryJobView>(DiscoveryJobStreams.Key(id), cancellation);
        if (job is null)
            return JobProblems.NotFound(jobId);
        if (!job.DryRun)
            return JobProblems.Invalid("jobId", $"Discovery job {id} is not a dry run; its events are in the assets' timelines.");
        PreviewKind? only = null;
        if (kind is not null)
        {
            if (!Enum.TryParse<PreviewKind>(kind, ignoreCase: true, out var parsed) || int.TryParse(kind, out _))
                return JobProblems.Invalid("kind", $"'{kind}' is not one of: {string.Join(", ", Enum.GetNames<PreviewKind>())}.");
            only = parsed;
        }
        var start = offset ?? 0;
        var take = limit ?? 100;
        if (start < 0)
            return JobProblems.Invalid("offset", "offset must be 0 or more.");
        if (take is < 1 or > MaxLimit)
            return JobProblems.Invalid("limit", $"limit must be between 1 and {MaxLimit}.");

        var previews = await session.Query<DryRunPreview>().Where(p => p.JobId == id).ToListAsync(cancellation);
        var rows = previews
            .OrderBy(p => p.AccountId, StringComparer.Ordinal).ThenBy(p => p.Region, StringComparer.Ordinal).ThenBy(p => p.Service, StringComparer.Ordinal)
            .SelectMany(p => p.Items.Where(i => only is null || i.Kind == only).Select(i => new DryRunPreviewRow(p.AccountId, p.Region, p.Service, i)))
            .ToList();
        return Results.Ok(new DryRunPreviewPage(id, rows.Count, start, take, rows.Skip(start).Take(take).ToList()));
    }
}
