using Inventory.Api.Assets;
using Inventory.Domain.Relationships.Graph;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Relationships.Dependents;

/// <summary>What depends on an asset: everything that reaches it through edges where one end needs the other.</summary>
public static class DependentsEndpoint
{
    public const int DefaultDepth = 10;
    public const int MaxDepth = 10;

    public static ProblemDetails Validate(string? depth) =>
        DepthParameter.Check(depth, DefaultDepth, MaxDepth, out _) ?? WolverineContinue.NoProblems;

    [WolverineGet("/api/assets/{id}/dependents")]
    public static async Task<IResult> Get(string id, string? depth, IQuerySession session, CancellationToken cancellation)
    {
        DepthParameter.Check(depth, DefaultDepth, MaxDepth, out var levels);
        if (await session.LoadAsync<GraphNode>(id, cancellation) is null)
            return AssetProblems.NotFound(id);
        var reached = await GraphTraversal.DependentsAsync(session, id, levels, cancellation);
        return Results.Ok(await GraphResponse.FromAsync(session, id, levels, reached, cancellation));
    }
}
