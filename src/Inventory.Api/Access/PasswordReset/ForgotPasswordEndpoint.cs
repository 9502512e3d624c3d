using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Access.PasswordReset;

public sealed record ForgotPassword(string? UsernameOrEmail);

/// <summary>
/// Mails a reset link to an active local user found by username or e-mail address. The answer is 202 whoever asked, and the mail
/// leaves in the background, so neither the answer nor its timing tells whether the user exists.
/// </summary>
public static class ForgotPasswordEndpoint
{
    [AllowAnonymous]
    [WolverinePost("/api/auth/forgot-password")]
    public static async Task<IResult> Post(ForgotPassword body, HttpContext context, PasswordResets resets, IConfiguration configuration,
        CancellationToken cancellation)
    {
        var name = body.UsernameOrEmail?.Trim();
        if (string.IsNullOrEmpty(name))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["usernameOrEmail"] = ["Enter your username or e-mail address."] },
                title: "Invalid request", detail: "Enter your username or e-mail address.");
        await resets.RequestAsync(name, token => ResetLink.For(token, context.Request, configuration), cancellation);
        return Results.Accepted();
    }
}
