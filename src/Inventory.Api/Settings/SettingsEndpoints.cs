using Inventory.Api.Access;
using Inventory.Domain.Settings;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Settings;

/// <summary>The product's settings, read and changed by administrators; every change is an event naming who made it.</summary>
public static class SettingsEndpoints
{
    [WolverineGet("/api/admin/settings")]
    public static async Task<SettingsResponse> Get(IQuerySession session, CancellationToken cancellation) =>
        SettingsResponse.From(await ProductSettingsReader.CurrentAsync(session, cancellation));

    [WolverinePut("/api/admin/settings")]
    [ProducesResponseType<SettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Put(SettingsInput body, HttpContext context, IDocumentStore store, SettingsSecrets secrets, TimeProvider clock,
        CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        // Fetching for writing pins the stream's version: two administrators saving at once cannot interleave.
        var stream = await session.Events.FetchForWriting<ProductSettings>(SettingsStream.Key, cancellation);
        var current = stream.Aggregate ?? ProductSettings.Defaults();
        var decision = SettingsDecisions.Change(current, body, secrets.Protect, clock.GetUtcNow(), SignedIn.CauseOf(context));
        if (decision is SettingsDecision.Invalid invalid)
            return Results.ValidationProblem(invalid.Errors, title: "Invalid settings", detail: string.Join(" ", invalid.Errors.Values.SelectMany(e => e)));

        var events = ((SettingsDecision.Accepted)decision).Events;
        if (events.Count == 0)
            return Results.Ok(SettingsResponse.From(current));
        stream.AppendMany(events);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Settings changed meanwhile",
                detail: "Someone else changed the settings at the same time; reload them and try again.");
        }
        await using var query = store.QuerySession();
        return Results.Ok(SettingsResponse.From(await ProductSettingsReader.CurrentAsync(query, cancellation)));
    }
}
