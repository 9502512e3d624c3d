using Inventory.Api.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Access.Sessions;

/// <param name="Current">The session this request came from.</param>
public sealed record SessionResponse(Guid Id, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, string? Client, string? Address, bool Current);

/// <summary>A person's own signed-in browsers, as their profile shows them: each can be ended, and so can all the others at once.</summary>
public static class OwnSessionEndpoints
{
    [Authorize(Policy = RolePolicy.AnySignedIn)]
    [WolverineGet("/api/auth/sessions")]
    public static async Task<IResult> List(HttpContext context, BrowserSessions browsers, ISessionTimeout timeout, CancellationToken cancellation)
    {
        if (AccessClaims.UserIdOf(context.User) is not { } userId)
            return NoSessions();
        var current = AccessClaims.SessionOf(context.User);
        var sessions = await browsers.ListAsync(userId, await timeout.CurrentAsync(cancellation), cancellation);
        return Results.Ok(sessions.Select(s => new SessionResponse(s.Id, s.StartedAt, s.LastSeenAt, s.Client, s.Address, s.Id == current)).ToList());
    }

    /// <summary>Ends one of the caller's sessions; ending the current one signs this browser out too.</summary>
    [Authorize(Policy = RolePolicy.AnySignedIn)]
    [WolverineDelete("/api/auth/sessions/{id}")]
    public static async Task<IResult> End(Guid id, HttpContext context, BrowserSessions browsers, UserSessions sessions, CancellationToken cancellation)
    {
        if (AccessClaims.UserIdOf(context.User) is not { } userId)
            return NoSessions();
        if (id == AccessClaims.SessionOf(context.User))
        {
            await sessions.SignOutAsync(context);
            return Results.NoContent();
        }
        return await browsers.EndAsync(userId, id, cancellation)
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session", detail: $"You have no session '{id}'.");
    }

    [Authorize(Policy = RolePolicy.AnySignedIn)]
    [WolverinePost("/api/auth/sessions/end-others")]
    public static async Task<IResult> EndOthers(HttpContext context, BrowserSessions browsers, CancellationToken cancellation)
    {
        if (AccessClaims.UserIdOf(context.User) is not { } userId)
            return NoSessions();
        await browsers.EndAllAsync(userId, AccessClaims.SessionOf(context.User), cancellation);
        return Results.NoContent();
    }

    private static IResult NoSessions() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not possible", detail: "An API client has no browser sessions.");
}
