namespace Inventory.Api.Access.Headers;

/// <summary>
/// Headers every response carries, added as the response starts so error pages and static files get them too.
/// The policy fits the Vite-built UI served from this origin: its scripts and styles are files here; charts and
/// Bootstrap set inline styles, and icons may be data: images.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Once a browser has reached the product over HTTPS it never tries plain HTTP again (the scheme is the proxy's when it forwards one).
            if (context.Request.IsHttps)
                headers.StrictTransportSecurity = "max-age=31536000";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
