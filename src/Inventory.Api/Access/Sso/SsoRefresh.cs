using Marten;

namespace Inventory.Api.Access.Sso;

/// <summary>
/// Brings the client registration up to date before the authentication middleware reads it for a single sign-on request,
/// so a settings change made on any instance applies to the next sign-in here.
/// </summary>
internal sealed class SsoRefresh : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/auth/sso"))
            {
                await using var session = context.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
                await context.RequestServices.GetRequiredService<SsoClient>().RefreshAsync(session, context.RequestAborted);
            }
            await proceed(context);
        });
        next(app);
    };
}
