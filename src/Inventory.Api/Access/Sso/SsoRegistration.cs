using Marten;
using Microsoft.Extensions.Options;
using OpenIddict.Client;

namespace Inventory.Api.Access.Sso;

internal static class SsoRegistration
{
    /// <summary>The OpenIddict client (authorization code flow with PKCE) whose registration follows the single sign-on settings.</summary>
    public static IServiceCollection AddSingleSignOn(this IServiceCollection services)
    {
        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            client.SetRedirectionEndpointUris(SsoClient.CallbackPath);
            // The state of a sign-in in flight is protected with the shared key ring, so any instance can complete it; the keys are then unused.
            client.UseDataProtection();
            // No OpenIddict token store here: a state token is single-use through its request forgery cookie, a code through the provider.
            client.DisableTokenStorage();
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            // TLS is commonly ended at a proxy in front of the product; the provider's own https requirement stays with the settings.
            client.UseAspNetCore().EnableRedirectionEndpointPassthrough().EnableErrorPassthrough().DisableTransportSecurityRequirement();
            client.UseSystemNetHttp();
        });
        services.AddSingleton<SsoClient>();
        services.AddSingleton<SsoUsers>();
        services.ConfigureMarten(o => o.Projections.Add<SsoLinkProjection>(JasperFx.Events.Projections.ProjectionLifecycle.Inline));
        services.AddSingleton<IConfigureOptions<OpenIddictClientOptions>>(s => s.GetRequiredService<SsoClient>());
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictClientOptions>>(s => s.GetRequiredService<SsoClient>());
        services.AddTransient<IStartupFilter, SsoRefresh>();
        return services;
    }
}
