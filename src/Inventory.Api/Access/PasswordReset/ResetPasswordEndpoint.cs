using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Access.PasswordReset;

public sealed record ResetPassword(string? Token, string? NewPassword);

/// <summary>Sets a new password with the token from a reset link: 204, or 400 naming the token (invalid, expired, used) or the password.</summary>
public static class ResetPasswordEndpoint
{
    [AllowAnonymous]
    [WolverinePost("/api/auth/reset-password")]
    public static async Task<IResult> Post(ResetPassword body, PasswordResets resets, CancellationToken cancellation)
    {
        var decision = string.IsNullOrWhiteSpace(body.Token)
            ? PasswordResets.TokenRefused()
            : await resets.ResetAsync(body.Token.Trim(), body.NewPassword, cancellation);
        return AccessProblems.Of(decision, "password reset") ?? Results.NoContent();
    }
}
