using System.Globalization;
using Inventory.Api.Access.Authorization;
using Inventory.Api.Access.Sessions;
using Inventory.Api.Access.Users;
using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Access.SignIn;

/// <summary>Signing in with a username and password, signing out, who am I, and changing one's own password.</summary>
public static class SignInEndpoints
{
    public const string WrongCredentials = "Wrong username or password.";
    private const int MaxUsernameLength = 64;

    [AllowAnonymous]
    [WolverinePost("/api/auth/sign-in")]
    public static async Task<IResult> SignIn(SignInRequest body, HttpContext context, UserDirectory users, UserSessions sessions,
        SignInThrottling throttling, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Username))
            errors["username"] = ["Enter your username."];
        else if (body.Username.Trim().Length > MaxUsernameLength)
            errors["username"] = [$"A username has at most {MaxUsernameLength} characters."];
        if (string.IsNullOrEmpty(body.Password))
            errors["password"] = ["Enter your password."];
        else if (body.Password.Length > UserFields.MaxPasswordLength)
            errors["password"] = [$"A password has at most {UserFields.MaxPasswordLength} characters."];
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid sign-in", detail: string.Join(" ", errors.Values.SelectMany(e => e)));

        var username = body.Username!.Trim();
        var address = AddressOf(context);
        // Reserved before the password is checked, and from attempt counts only, so the answer says nothing about whether the user exists.
        var ticket = await throttling.ReserveAsync(ThrottledAction.Password, username, address, cancellation);
        if (ticket.Refused)
            return TooMany(context, ticket.RetryAfter!.Value, "sign-in");

        var user = await users.FindByUsernameAsync(username, cancellation);
        var local = user is { CanSignIn: true, AuthSource: AuthSource.Local } ? user : null;
        if (!users.VerifyPassword(local, body.Password!))
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: WrongCredentials);
        await throttling.SucceededAsync(ticket, username, cancellation);
        await users.RecordSignInAsync(local!, AuthSource.Local, cancellation);
        await sessions.SignInAsync(context, local!, cancellation);
        return Results.Ok(Me.From(local!));
    }

    [Authorize(Policy = RolePolicy.AnySignedIn)]
    [WolverinePost("/api/auth/sign-out")]
    public static async Task<IResult> SignOut(HttpContext context, UserSessions sessions)
    {
        if (AccessClaims.UserIdOf(context.User) is not null)
            await sessions.SignOutAsync(context);
        return Results.NoContent();
    }

    [WolverineGet("/api/auth/me")]
    public static async Task<IResult> GetMe(HttpContext context, UserDirectory users, CancellationToken cancellation)
    {
        if (AccessClaims.UserIdOf(context.User) is { } userId)
            return await users.FindAsync(userId, cancellation) is { } user
                ? Results.Ok(Me.From(user))
                : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required", detail: "Your user no longer exists.");
        var name = context.User.Identity!.Name!;
        return Results.Ok(new Me(name, null, name[AccessClaims.ApiClientPrefix.Length..], AccessClaims.RoleOf(context.User)!.Value, "ApiClient"));
    }

    [Authorize(Policy = RolePolicy.AnySignedIn)]
    [WolverinePost("/api/auth/change-password")]
    public static async Task<IResult> ChangePassword(ChangePasswordRequest body, HttpContext context, UserDirectory users, UserSessions sessions,
        BrowserSessions browsers, SignInThrottling throttling, CancellationToken cancellation)
    {
        if (AccessClaims.UserIdOf(context.User) is not { } userId)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not possible", detail: "An API client has no password to change.");
        // The current password is a guess like any other: a stolen session must not try passwords faster than the sign-in page.
        var username = context.User.Identity!.Name!;
        var ticket = await throttling.ReserveAsync(ThrottledAction.Password, username, AddressOf(context), cancellation);
        if (ticket.Refused)
            return TooMany(context, ticket.RetryAfter!.Value, "password");
        var (decision, user) = await users.ChangeOwnPasswordAsync(userId, body.CurrentPassword, body.NewPassword, cancellation);
        if (AccessProblems.Of(decision, "password change") is { } problem)
        {
            if (decision is not AccessDecision.Invalid { Errors: var errors } || !errors.ContainsKey("currentPassword"))
                await throttling.WithdrawAsync(ticket, cancellation);
            return problem;
        }
        await throttling.SucceededAsync(ticket, username, cancellation);
        // The new password ends every session, on the server; this browser carries on in a new one.
        await browsers.EndAllAsync(userId, null, cancellation);
        await sessions.SignInAsync(context, user!, cancellation);
        return Results.NoContent();
    }

    internal static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    internal static IResult TooMany(HttpContext context, TimeSpan wait, string what)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: $"Too many {what} attempts",
            detail: $"Too many {what} attempts. Try again in {seconds} seconds.");
    }
}
