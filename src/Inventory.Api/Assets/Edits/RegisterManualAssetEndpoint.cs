using Inventory.Api.Access;
using Inventory.Api.Accounts;
using Inventory.Domain.Assets.Edits;
using Inventory.Domain.Assets.HumanIds;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Wolverine.Http;

namespace Inventory.Api.Assets.Edits;

public sealed record ManualAssetRegisteredResponse(string Id, string HumanId);

public static class RegisterManualAssetEndpoint
{
    /// <summary>Registers an asset discovery cannot see (self-hosted, SaaS, on-premise) with its human id allocated in the same commit.</summary>
    [WolverinePost("/api/assets")]
    public static async Task<IResult> Post(ManualAssetInput input, HttpContext context, IDocumentStore store, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var categories = await AssetEdits.CategoriesAsync(session, cancellation);
        var id = "ast-m" + Guid.NewGuid().ToString("N")[..24];
        // Validated before a number is taken, so a refused registration holds nobody up.
        var check = EditRules.Register(id, 0, input, categories, SignedIn.CauseOf(context), DateTimeOffset.UtcNow);
        if (AssetEdits.Problem(check) is { } problem)
            return problem;
        var number = await HumanIdAllocation.AllocateAsync(session, 1, cancellation);
        var registered = ((ManualAssetRegistered)((EditDecision.Accepted)check).Events[0]) with { Number = number };
        session.Events.StartStream<AssetEditState>(id, registered);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return AssetEdits.Conflict("Another registration took the next human id at the same moment; try again.");
        }
        return Results.Created($"/api/assets/{id}", new ManualAssetRegisteredResponse(id, HumanId.Format(number)));
    }
}
