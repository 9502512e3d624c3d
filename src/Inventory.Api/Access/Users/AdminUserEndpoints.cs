using Inventory.Api.Access.Sessions;
using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;
using Wolverine.Http;

namespace Inventory.Api.Access.Users;

public sealed record ResetPasswordRequest(string? NewPassword);

/// <summary>Admins manage users; every change is an event naming the admin who made it.</summary>
public static class AdminUserEndpoints
{
    [WolverineGet("/api/admin/users")]
    public static async Task<IReadOnlyList<UserResponse>> List(UserDirectory users, CancellationToken cancellation) =>
        (await users.ListAsync(cancellation)).Select(UserResponse.From).ToList();

    [WolverineGet("/api/admin/users/{id}")]
    public static async Task<IResult> Get(string id, UserDirectory users, CancellationToken cancellation) =>
        await users.FindAsync(id, cancellation) is { } user ? Results.Ok(UserResponse.From(user)) : NotFound(id);

    [WolverinePost("/api/admin/users")]
    public static async Task<IResult> Create(NewUser body, HttpContext context, UserDirectory users, CancellationToken cancellation)
    {
        var (decision, user) = await users.CreateAsync(body, AuthSource.Local, SignedIn.CauseOf(context), cancellation);
        return AccessProblems.Of(decision, "user") ?? Results.Created($"/api/admin/users/{user!.UserId}", UserResponse.From(user));
    }

    [WolverinePut("/api/admin/users/{id}")]
    public static async Task<IResult> Change(string id, UserChange body, HttpContext context, UserDirectory users, BrowserSessions browsers,
        CancellationToken cancellation)
    {
        var (decision, user) = await users.ChangeAsync(id, body, SignedIn.ActorOf(context), cancellation);
        if (AccessProblems.Of(decision, "user") is { } problem)
            return problem;
        // A deactivated user's browsers are signed out on their next request, whichever instance serves it.
        if (!user!.CanSignIn)
            await browsers.EndAllAsync(id, null, cancellation);
        return Results.Ok(UserResponse.From(user));
    }

    [WolverineDelete("/api/admin/users/{id}")]
    public static async Task<IResult> Delete(string id, HttpContext context, UserDirectory users, BrowserSessions browsers, CancellationToken cancellation)
    {
        var (decision, _) = await users.DeleteAsync(id, SignedIn.ActorOf(context), cancellation);
        if (AccessProblems.Of(decision, "user") is { } problem)
            return problem;
        await browsers.EndAllAsync(id, null, cancellation);
        return Results.NoContent();
    }

    [WolverinePost("/api/admin/users/{id}/reset-password")]
    public static async Task<IResult> ResetPassword(string id, ResetPasswordRequest body, HttpContext context, UserDirectory users,
        BrowserSessions browsers, CancellationToken cancellation)
    {
        var (decision, _) = await users.SetPasswordAsync(id, body.NewPassword, SignedIn.ActorOf(context), cancellation);
        if (AccessProblems.Of(decision, "user") is { } problem)
            return problem;
        await browsers.EndAllAsync(id, null, cancellation);
        return Results.NoContent();
    }

    /// <summary>Signs the user out of every browser now (a lost laptop, a shared machine); they may sign in again.</summary>
    [WolverinePost("/api/admin/users/{id}/end-sessions")]
    public static async Task<IResult> EndSessions(string id, HttpContext context, UserDirectory users, BrowserSessions browsers,
        CancellationToken cancellation)
    {
        if (await users.FindAsync(id, cancellation) is not { } user)
            return NotFound(id);
        if (user.Role == UserRole.Superadmin && AccessClaims.RoleOf(context.User) != UserRole.Superadmin)
            return AccessProblems.Of(new AccessDecision.Forbidden("Only a superadmin ends the superadmin's sessions."), "user")!;
        await browsers.EndAllAsync(id, null, cancellation);
        return Results.NoContent();
    }

    private static IResult NotFound(string id) => AccessProblems.Of(new AccessDecision.NotFound(id), "user")!;
}
