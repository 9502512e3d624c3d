using Inventory.Api.Access.Sessions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Inventory.Api.Access.Tokens;

/// <summary>The product's own OAuth server: client-credentials tokens at /connect/token, validated locally on every bearer request.</summary>
internal static class TokenServer
{
    public const string Endpoint = "/connect/token";
    public const string BearerScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    public static void AddTokenServer(this IServiceCollection services, AccessOptions options, bool development)
    {
        services.AddOpenIddict()
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(Endpoint.TrimStart('/'));
                server.AllowClientCredentialsFlow();
                server.SetAccessTokenLifetime(options.TokenLifetime);
                server.EnableDegradedMode();
                server.DisableTokenStorage();
                server.DisableAuthorizationStorage();
                // Tokens are Data Protection payloads whose key ring lives in PostgreSQL, so every instance reads every other's tokens.
                server.UseDataProtection();
                // The server insists on these keys at start-up; Data Protection-format tokens never use them, so per-process keys do no harm.
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                var aspNetCore = server.UseAspNetCore();
                if (options.TokensOverHttp || development)
                    aspNetCore.DisableTransportSecurityRequirement(); // local runs and tests speak plain HTTP on loopback
                server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseScopedHandler<ValidateClientCredentials>());
                server.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseScopedHandler<IssueClientToken>());
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseDataProtection();
                validation.UseAspNetCore();
            });
    }
}
