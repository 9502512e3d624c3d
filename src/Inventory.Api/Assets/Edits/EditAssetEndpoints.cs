using Inventory.Api.Access;
using System.Text.Json;
using Inventory.Api.Accounts;
using Inventory.Domain.Assets;
using Inventory.Domain.Assets.Edits;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Assets.Edits;

public sealed record DecommissionRequest(string? Reason);

/// <summary>What an edit appended: the field-level changes, empty when nothing differed.</summary>
public sealed record AssetEditResult(string AssetId, IReadOnlyList<FieldChange> Changes, bool Decommissioned);

public static class EditAssetEndpoints
{
    /// <summary>Sets the fields people maintain; a field given as null or "" is cleared, a field left out is left alone.</summary>
    [WolverinePatch("/api/assets/{id}")]
    public static async Task<IResult> Patch(string id, Dictionary<string, JsonElement> fields, HttpContext context, IDocumentStore store,
        CancellationToken cancellation)
    {
        await using var query = store.QuerySession();
        var categories = await AssetEdits.CategoriesAsync(query, cancellation);
        return await AssetEdits.RunAsync(store, id,
            (_, state) => Task.FromResult(EditRules.Edit(id, state, fields, categories, SignedIn.CauseOf(context), DateTimeOffset.UtcNow)),
            events => Results.Ok(new AssetEditResult(id, events.OfType<AssetEdited>().SelectMany(e => e.Changes).ToList(), false)), cancellation);
    }

    [WolverinePost("/api/assets/{id}/decommission")]
    public static Task<IResult> Decommission(string id, DecommissionRequest? request, HttpContext context, IDocumentStore store,
        CancellationToken cancellation) =>
        AssetEdits.RunAsync(store, id,
            (_, state) => Task.FromResult(EditRules.Decommission(id, state, request?.Reason, SignedIn.CauseOf(context), DateTimeOffset.UtcNow)),
            _ => Results.Ok(new AssetEditResult(id, [], true)), cancellation);
}
