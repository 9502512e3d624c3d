using Inventory.Api.Access;
using System.Text.Json;
using Inventory.Api.Accounts;
using Inventory.Domain.Assets;
using Inventory.Domain.Assets.Edits;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Wolverine.Http;

namespace Inventory.Api.Assets.Edits;

public sealed record BulkEditRequest(IReadOnlyList<string>? AssetIds, Dictionary<string, JsonElement>? Fields);

public sealed record BulkEditResult(int Requested, int Changed, IReadOnlyList<AssetEditResult> Assets);

public static class BulkEditEndpoint
{
    internal const int MaxAssets = 1000;

    /// <summary>The fields a bulk edit may set; the rest are edited one asset at a time.</summary>
    internal static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
        { HumanFields.Owner, HumanFields.Criticality, HumanFields.Classification };

    /// <summary>Sets owner, criticality or classification on many assets in one transaction: all of them change, or none.</summary>
    [WolverinePost("/api/assets/bulk-update")]
    public static async Task<IResult> Post(BulkEditRequest request, HttpContext context, IDocumentStore store, CancellationToken cancellation)
    {
        var ids = (request.AssetIds ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ids.Count == 0 || ids.Count > MaxAssets)
            errors["assetIds"] = [$"assetIds must list 1 to {MaxAssets} assets."];
        var fields = request.Fields ?? [];
        if (fields.Count == 0)
            errors["fields"] = ["fields must set at least one of: owner, criticality, classification."];
        foreach (var other in fields.Keys.Where(f => !Fields.Contains(f)))
            errors["fields." + other] = [$"A bulk edit sets only owner, criticality and classification, not '{other}'."];
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid bulk edit", detail: string.Join(" ", errors.Values.SelectMany(e => e)));

        await using var session = store.LightweightSession();
        var cause = SignedIn.CauseOf(context);
        var at = DateTimeOffset.UtcNow;
        var results = new List<AssetEditResult>();
        var missing = new List<string>();
        foreach (var id in ids)
        {
            var stream = await session.Events.FetchForWriting<AssetEditState>(id, cancellation);
            switch (EditRules.Edit(id, stream.Aggregate, fields, _ => true, cause, at))
            {
                case EditDecision.NotFound:
                    missing.Add(id);
                    break;
                case EditDecision.Invalid invalid:
                    return AssetEdits.Problem(invalid)!;
                case EditDecision.Accepted accepted:
                    stream.AppendMany(accepted.Events);
                    results.Add(new AssetEditResult(id, accepted.Events.OfType<AssetEdited>().SelectMany(e => e.Changes).ToList(), false));
                    break;
            }
        }
        if (missing.Count > 0)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["assetIds"] = [$"No asset has the id {string.Join(", ", missing)}; nothing was changed."] },
                title: "Unknown assets in bulk edit");
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return AssetEdits.Conflict("One of the assets was changed at the same time; nothing was changed. Reload and try again.");
        }
        return Results.Ok(new BulkEditResult(ids.Count, results.Count(r => r.Changes.Count > 0), results));
    }
}
