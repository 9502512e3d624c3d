using Inventory.Api.Access;
using Inventory.Api.Accounts;
using Inventory.Domain.Relationships.Manual;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Relationships.BulkAddRelationships;

/// <summary>One edge type from many assets to one target, added together or not at all.</summary>
public sealed record BulkAddRelationships(IReadOnlyList<string?>? SourceIds, string? TargetId, string? Type, string? Description);

public sealed record BulkRelationshipsAdded(string TargetId, string Type, IReadOnlyList<string> SourceIds);

public static class BulkAddRelationshipsEndpoint
{
    [WolverinePost("/api/relationships/bulk")]
    public static Task<IResult> Post(BulkAddRelationships body, HttpContext context, IDocumentStore store, CancellationToken cancellation)
    {
        var listErrors = RelationshipDecisions.CheckSources(body.SourceIds);
        if (listErrors.Count > 0)
            return Task.FromResult(RelationshipProblems.Invalid(listErrors));
        var cause = SignedIn.CauseOf(context);
        var sourceIds = body.SourceIds!.Select(s => s!.Trim()).ToList();
        var input = new RelationshipInput(body.TargetId, body.Type, body.Description);
        var targetId = body.TargetId?.Trim() ?? "";
        var at = DateTimeOffset.UtcNow;
        return RelationshipWrites.RunAsync(store, sourceIds, body.TargetId,
            (sources, records) => sources
                .Select((source, i) => RelationshipDecisions.Add(source.Id, records.GetValueOrDefault(source.Id), input,
                    records.GetValueOrDefault(targetId), source.Stream.Aggregate, at, cause, $"sourceIds[{i}]"))
                .ToList(),
            () => Results.Created($"/api/assets/{targetId}/relationships", new BulkRelationshipsAdded(targetId, body.Type!, sourceIds)),
            cancellation);
    }
}
