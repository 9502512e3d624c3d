using Inventory.Domain.Assets.Edits;
using Inventory.Domain.Categories;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace Inventory.Api.Assets.Edits;

/// <summary>The path every person's edit takes: fetch the asset's stream for writing, decide from it, append, answer.</summary>
internal static class AssetEdits
{
    /// <summary>A category an edit names must exist now, read from its inline view.</summary>
    public static async Task<Func<string, bool>> CategoriesAsync(IQuerySession session, CancellationToken cancellation)
    {
        var slugs = await session.Query<CategoryView>().Where(c => !c.Removed).Select(c => c.Slug).ToListAsync(cancellation);
        var known = slugs.ToHashSet(StringComparer.Ordinal);
        return known.Contains;
    }

    public static IResult? Problem(EditDecision decision) => decision switch
    {
        EditDecision.Invalid invalid => Results.ValidationProblem(invalid.Errors, title: "Invalid asset edit",
            detail: string.Join(" ", invalid.Errors.Values.SelectMany(e => e))),
        EditDecision.NotFound notFound => AssetProblems.NotFound(notFound.AssetId),
        _ => null,
    };

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Asset changed meanwhile", detail: detail);

    public static async Task<IResult> RunAsync(IDocumentStore store, string assetId,
        Func<IDocumentSession, AssetEditState?, Task<EditDecision>> decide, Func<IReadOnlyList<object>, IResult> answer, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        // Fetching for writing pins the stream's version: a concurrent edit makes the save fail rather than interleave.
        var stream = await session.Events.FetchForWriting<AssetEditState>(assetId, cancellation);
        var decision = await decide(session, stream.Aggregate);
        if (Problem(decision) is { } problem)
            return problem;
        var events = ((EditDecision.Accepted)decision).Events;
        if (events.Count > 0)
        {
            stream.AppendMany(events);
            try
            {
                await session.SaveChangesAsync(cancellation);
            }
            catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
            {
                return Conflict($"Asset {assetId} was changed at the same time; reload and try again.");
            }
        }
        return answer(events);
    }
}
