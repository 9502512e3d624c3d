using Inventory.Api.Access;
using Inventory.Api.Accounts;
using Inventory.Domain.Relationships.Manual;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Relationships.RemoveRelationship;

public static class RemoveRelationshipEndpoint
{
    [WolverineDelete("/api/assets/{id}/relationships/{type}/{targetId}")]
    public static Task<IResult> Delete(string id, string type, string targetId, HttpContext context, IDocumentStore store,
        CancellationToken cancellation)
    {
        var cause = SignedIn.CauseOf(context);
        return RelationshipWrites.RunAsync(store, [id], null,
            (sources, records) =>
                [RelationshipDecisions.Remove(id, records.GetValueOrDefault(id), type, targetId, sources[0].Stream.Aggregate, DateTimeOffset.UtcNow, cause)],
            Results.NoContent, cancellation);
    }
}
