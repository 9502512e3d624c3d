using Inventory.Api.Assets;
using Inventory.Domain.Relationships.Graph;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Relationships.Neighbourhood;

public static class NeighbourhoodEndpoint
{
    public const int DefaultDepth = 2;
    public const int MaxDepth = 5;

    public static ProblemDetails Validate(string? depth) =>
        DepthParameter.Check(depth, DefaultDepth, MaxDepth, out _) ?? WolverineContinue.NoProblems;

    [WolverineGet("/api/assets/{id}/neighbourhood")]
    public static async Task<IResult> Get(string id, string? depth, IQuerySession session, CancellationToken cancellation)
    {
        DepthParameter.Check(depth, DefaultDepth, MaxDepth, out var levels);
        if (await session.LoadAsync<GraphNode>(id, cancellation) is null)
            return AssetProblems.NotFound(id);
        var reached = await GraphTraversal.NeighbourhoodAsync(session, id, levels, cancellation);
        return Results.Ok(await GraphResponse.FromAsync(session, id, levels, reached, cancellation));
    }
}
