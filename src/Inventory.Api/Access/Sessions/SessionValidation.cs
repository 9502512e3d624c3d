using Inventory.Domain.Access.Users;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Inventory.Api.Access.Sessions;

/// <summary>
/// Checks a session cookie against its session and the user's current record on every request: an ended session, a deleted or
/// deactivated user, or one whose password changed since, is signed out; a new role or username applies at once; the idle timeout is the current setting.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = AccessClock.Of(services).GetUtcNow();
        var timeout = await services.GetRequiredService<ISessionTimeout>().CurrentAsync(context.HttpContext.RequestAborted);
        var userId = context.Principal is null ? null : AccessClaims.UserIdOf(context.Principal);
        var sessionId = context.Principal is null ? null : AccessClaims.SessionOf(context.Principal);
        var issued = context.Properties.IssuedUtc;
        if (userId is null || sessionId is null || issued is null || now - issued.Value > timeout)
        {
            await RejectAsync(context);
            return;
        }

        var (user, active) = await services.GetRequiredService<BrowserSessions>().CheckAsync(userId, sessionId.Value, timeout, context.HttpContext.RequestAborted);
        if (!active || user is not { CanSignIn: true } || context.Principal!.FindFirst(AccessClaims.PasswordVersion)?.Value != user.PasswordVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            await RejectAsync(context);
            return;
        }
        var current = AccessClaims.ForSession(user, sessionId.Value, UserSessions.Scheme);
        if (current.Identity!.Name != context.Principal.Identity!.Name || AccessClaims.RoleOf(current) != AccessClaims.RoleOf(context.Principal))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
        // A timeout changed since the cookie was issued: the renewed cookie carries the current one.
        if (context.Properties.ExpiresUtc is { } expires && expires - issued.Value != timeout)
        {
            context.Properties.ExpiresUtc = issued.Value + timeout;
            context.ShouldRenew = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.RequestServices.GetRequiredService<UserSessions>().SignOutAsync(context.HttpContext);
    }
}
