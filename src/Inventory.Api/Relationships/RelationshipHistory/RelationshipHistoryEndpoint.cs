using Inventory.Api.Assets;
using Inventory.Domain.Assets;
using Inventory.Domain.Relationships;
using Inventory.Domain.Relationships.Graph;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Relationships.RelationshipHistory;

public sealed record EdgeChangeResponse(
    string EdgeId, string SourceId, string TargetId, string Type, EdgeOrigin Origin, EdgeChangeKind Change, EdgeChangeReason Reason,
    DateTimeOffset At, Cause Cause, string? Description);

public sealed record EdgeHistoryPage(string AssetId, IReadOnlyList<EdgeChangeResponse> Entries, int Page, int PageSize, long Total);

/// <summary>Every edge that appeared or disappeared at either end of an asset, newest first, with when, why and who.</summary>
public static class RelationshipHistoryEndpoint
{
    public static ProblemDetails Validate(string? page, string? pageSize) =>
        Paging.Check(page, pageSize, out _, out _) ?? WolverineContinue.NoProblems;

    [WolverineGet("/api/assets/{id}/relationships/history")]
    public static async Task<IResult> Get(string id, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        Paging.Check(page, pageSize, out var number, out var size);
        if (await session.LoadAsync<GraphNode>(id, cancellation) is null)
            return AssetProblems.NotFound(id);
        var changes = await session.Query<EdgeChange>()
            .Where(c => c.SourceId == id || c.TargetId == id)
            .OrderByDescending(c => c.Sequence).ThenByDescending(c => c.EdgeId)
            .ToPagedListAsync(number, size, cancellation);
        var entries = changes.Select(c => new EdgeChangeResponse(c.EdgeId, c.SourceId, c.TargetId, c.Type, c.Origin, c.Change, c.Reason, c.At,
            c.Cause, c.Description)).ToList();
        return Results.Ok(new EdgeHistoryPage(id, entries, number, size, changes.TotalItemCount));
    }
}
