using Microsoft.AspNetCore.Antiforgery;

namespace Inventory.Api.Access.Csrf;

/// <summary>
/// ASP.NET Core antiforgery with the token pair split the way a single-page app reads it: the cookie token in an HttpOnly
/// cookie, the request token in the script-readable XSRF-TOKEN cookie that the UI echoes as the X-XSRF-TOKEN header.
/// Tokens are bound to the signed-in user, so a token taken from another session does not validate.
/// </summary>
public sealed class CsrfTokens(IAntiforgery antiforgery)
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";
    public const string TokenCookieName = "inventory.antiforgery";

    public void Issue(HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });
    }

    public void Clear(HttpContext context)
    {
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
        context.Response.Cookies.Delete(TokenCookieName, new CookieOptions { Path = "/" });
    }

    public Task<bool> IsValidAsync(HttpContext context) => antiforgery.IsRequestValidAsync(context);
}
