using Inventory.Domain.Reconciliation;
using Inventory.Domain.Relationships.Manual;
using JasperFx;
using Marten;
using JasperFx.Events;
using Marten.Exceptions;

namespace Inventory.Api.Relationships;

/// <summary>
/// The path every manual-edge command takes: fetch each source stream for writing (its manual edges, exact), read the
/// assets' write-side records, decide, append to the source streams, save once.
/// </summary>
internal static class RelationshipWrites
{
    public sealed record Source(string Id, IEventStream<ManualRelationships> Stream);

    public static async Task<IResult> RunAsync(IDocumentStore store, IReadOnlyList<string> sourceIds, string? targetId,
        Func<IReadOnlyList<Source>, IReadOnlyDictionary<string, AssetRecord>, IReadOnlyList<RelationshipDecision>> decide,
        Func<IResult> answer, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var sources = new List<Source>(sourceIds.Count);
        // Fetching for writing pins each source stream's version: a concurrent change makes the save fail, not interleave.
        foreach (var id in sourceIds)
            sources.Add(new Source(id, await session.Events.FetchForWriting<ManualRelationships>(id, cancellation)));
        var ids = sourceIds.Append(targetId?.Trim() ?? "").Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var records = (await session.LoadManyAsync<AssetRecord>(cancellation, ids)).ToDictionary(r => r.Id, StringComparer.Ordinal);

        var decisions = decide(sources, records);
        if (decisions.OfType<RelationshipDecision.NotFound>().FirstOrDefault() is { } notFound)
            return RelationshipProblems.For(notFound);
        if (decisions.Count == 1 && decisions[0] is not RelationshipDecision.Accepted)
            return RelationshipProblems.For(decisions[0]);
        var errors = decisions.SelectMany<RelationshipDecision, KeyValuePair<string, string[]>>(d => d switch
        {
            RelationshipDecision.Invalid invalid => invalid.Errors,
            RelationshipDecision.Conflict conflict => [KeyValuePair.Create(conflict.Field, new[] { conflict.Detail })],
            _ => [],
        }).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Distinct().ToArray());
        if (errors.Count > 0)
            return RelationshipProblems.Invalid(errors);

        for (var i = 0; i < sources.Count; i++)
            sources[i].Stream.AppendMany(((RelationshipDecision.Accepted)decisions[i]).Events);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            return RelationshipProblems.Conflict("An asset was changed by someone else at the same time; reload and try again.");
        }
        return answer();
    }
}
