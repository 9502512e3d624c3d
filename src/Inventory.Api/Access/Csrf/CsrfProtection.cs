using Microsoft.AspNetCore.Antiforgery;

namespace Inventory.Api.Access.Csrf;

/// <summary>
/// Every change made with the session cookie must carry the CSRF header; bearer requests cannot be forged by a browser and
/// are exempt, and so are endpoints open to anonymous callers (sign-in, forgot and reset password), which act for nobody.
/// Each response to a session request hands out a fresh request token.
/// </summary>
internal sealed class CsrfProtection(RequestDelegate next, CsrfTokens tokens)
{
    private static readonly HashSet<string> Safe = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "OPTIONS", "TRACE" };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsSession(context))
        {
            await next(context);
            return;
        }
        if (!Safe.Contains(context.Request.Method) && Requires(context.GetEndpoint()) && !await tokens.IsValidAsync(context))
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "CSRF check failed", detail: "Missing or invalid CSRF token.")
                .ExecuteAsync(context);
            return;
        }
        tokens.Issue(context);
        await next(context);
    }

    private static bool IsSession(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, AuthenticationType: Sessions.UserSessions.Scheme };

    private static bool Requires(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null
        && endpoint?.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: false };
}
