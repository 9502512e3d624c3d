using Microsoft.AspNetCore.HttpOverrides;

namespace Inventory.Api.Hosting;

/// <summary>
/// Inventory:Proxy:ForwardedHeaders. Behind nginx or an ingress the client's address (which sign-in throttling counts) and
/// scheme (which marks cookies Secure) arrive in X-Forwarded-* headers; anyone can send those, so they are read only when
/// the deployment says a proxy is the only way in, and only from the nearest hop.
/// </summary>
internal static class ProxyHeaders
{
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Inventory:Proxy:ForwardedHeaders", false);

    public static void AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        if (!Enabled(configuration))
            return;
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            // The proxy's own address is not known in advance (a container network, a pod network): the nearest hop is trusted.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
    }

    public static void UseProxyHeaders(this WebApplication app)
    {
        if (Enabled(app.Configuration))
            app.UseForwardedHeaders();
    }
}
