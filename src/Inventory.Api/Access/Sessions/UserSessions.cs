using Inventory.Api.Access.Csrf;
using Inventory.Domain.Access.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Inventory.Api.Access.Sessions;

/// <summary>Starts and ends a person's browser session: the session cookie, its expiry, and the CSRF token that goes with it.</summary>
public sealed class UserSessions(ISessionTimeout timeout, [FromKeyedServices(AccessClock.Key)] TimeProvider clock, CsrfTokens csrf, BrowserSessions browsers)
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CookieName = "inventory.session";

    /// <summary>Signs the user in on this response (local password or single sign-on alike) and records the sign-in on their stream.</summary>
    public async Task SignInAsync(HttpContext context, UserRecord user, CancellationToken cancellation)
    {
        var principal = AccessClaims.ForSession(user, await browsers.StartAsync(user, context, cancellation), Scheme);
        var now = clock.GetUtcNow();
        // The browser keeps the cookie until it closes; the server ends the session after the idle timeout, sliding with each request.
        var properties = new AuthenticationProperties { IsPersistent = false, IssuedUtc = now, ExpiresUtc = now + await timeout.CurrentAsync(cancellation), AllowRefresh = true };
        await context.SignInAsync(Scheme, principal, properties);
        context.User = principal;
        csrf.Issue(context);
    }

    /// <summary>Ends this browser's session on the server, then drops its cookies.</summary>
    public async Task SignOutAsync(HttpContext context)
    {
        if (AccessClaims.UserIdOf(context.User) is { } userId && AccessClaims.SessionOf(context.User) is { } session)
            await browsers.EndAsync(userId, session, context.RequestAborted);
        await context.SignOutAsync(Scheme);
        csrf.Clear(context);
    }
}
