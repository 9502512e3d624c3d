using Inventory.Api.Access;
using Inventory.Api.Accounts;
using Inventory.Domain.Relationships;
using Inventory.Domain.Relationships.Manual;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Relationships.AddRelationship;

public sealed record RelationshipAddedResponse(string SourceId, string TargetId, string Type, string? Description);

public static class AddRelationshipEndpoint
{
    [WolverinePost("/api/assets/{id}/relationships")]
    public static Task<IResult> Post(string id, RelationshipInput body, HttpContext context, IDocumentStore store, CancellationToken cancellation)
    {
        var cause = SignedIn.CauseOf(context);
        RelationshipAdded? added = null;
        return RelationshipWrites.RunAsync(store, [id], body.TargetId,
            (sources, records) =>
            {
                var decision = RelationshipDecisions.Add(id, records.GetValueOrDefault(id), body, records.GetValueOrDefault(body.TargetId?.Trim() ?? ""),
                    sources[0].Stream.Aggregate, DateTimeOffset.UtcNow, cause);
                added = (decision as RelationshipDecision.Accepted)?.Events.OfType<RelationshipAdded>().Single();
                return [decision];
            },
            () => Results.Created($"/api/assets/{id}/relationships",
                new RelationshipAddedResponse(added!.SourceId, added.TargetId, added.Type, added.Description)),
            cancellation);
    }
}
