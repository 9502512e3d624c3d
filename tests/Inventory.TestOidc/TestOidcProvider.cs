using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Inventory.TestOidc;

/// <summary>
/// A real OpenID Connect provider (OpenIddict server) on a random loopback port: discovery, JWKS, authorization code flow with PKCE,
/// token and userinfo endpoints. It has no sign-in page: an authorization request is approved at once for <see cref="User"/>,
/// whom the test chooses, and issues sub, preferred_username, email, name and the roles under <see cref="RoleClaim"/>.
/// It knows one client, whose redirect URIs the test registers.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestOidcProvider(WebApplication app, string clientId, string clientSecret)
    {
        _app = app;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public string ClientId { get; }
    public string ClientSecret { get; }

    /// <summary>The issuer, e.g. http://127.0.0.1:41234/, as discovery and every token name it.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>Who is signed in at the provider; an authorization request while nobody is fails with access_denied.</summary>
    public TestOidcUser? User { get; set; }

    /// <summary>The claim type the user's roles travel in, as providers name it differently (roles, groups, ...).</summary>
    public string RoleClaim { get; set; } = "groups";

    /// <summary>Redirect URIs the client may use; compared exactly, as a real provider does.</summary>
    public ConcurrentBag<string> RedirectUris { get; } = [];

    /// <summary>Authorization requests approved so far, with the scopes each asked for.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> Authorizations { get; } = new();

    public static async Task<TestOidcProvider> StartAsync(string clientId = "inventory", string clientSecret = "inventory-test-secret")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        TestOidcProvider? provider = null;
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetUserInfoEndpointUris("connect/userinfo")
                .SetJsonWebKeySetEndpointUris(".well-known/jwks");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, "groups");
            server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            // No store of clients, tokens or authorizations: the handlers below check the one client themselves.
            server.EnableDegradedMode();
            server.UseAspNetCore().DisableTransportSecurityRequirement();

            server.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != provider!.ClientId)
                    context.Reject(Errors.InvalidClient, "Unknown client_id.");
                else if (context.RedirectUri is null || !provider.RedirectUris.Contains(context.RedirectUri))
                    context.Reject(Errors.InvalidRequest, $"redirect_uri '{context.RedirectUri}' is not registered.");
                return default;
            }));
            server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != provider!.ClientId || context.Request.ClientSecret != provider.ClientSecret)
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                return default;
            }));
            server.AddEventHandler<HandleAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (provider!.User is not { } user)
                {
                    context.Reject(Errors.AccessDenied, "Nobody is signed in at the test provider.");
                    return default;
                }
                var scopes = context.Request.GetScopes();
                provider.Authorizations.Enqueue([.. scopes]);
                context.SignIn(provider.Principal(user, scopes));
                return default;
            }));
            // The code's principal is the one signed in above; the tokens carry it on.
            server.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.AuthorizationCodePrincipal is { } principal)
                    context.SignIn(principal);
                return default;
            }).SetOrder(OpenIddictServerHandlers.Exchange.AttachPrincipal.Descriptor.Order + 1));
            server.AddEventHandler<HandleUserInfoRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var roleClaim = provider!.RoleClaim;
                var roles = context.AccessTokenPrincipal?.GetClaims(roleClaim) ?? [];
                if (roles.Length > 0)
                    context.Claims[roleClaim] = new OpenIddictParameter(System.Text.Json.JsonSerializer.SerializeToElement(roles));
                return default;
            }).SetOrder(OpenIddictServerHandlers.UserInfo.AttachClaims.Descriptor.Order + 1));
        });

        var app = builder.Build();
        provider = new TestOidcProvider(app, clientId, clientSecret);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider.Issuer = address.TrimEnd('/') + "/";
        return provider;
    }

    private ClaimsPrincipal Principal(TestOidcUser user, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity("TestOidc", Claims.Name, RoleClaim);
        identity.SetClaim(Claims.Subject, user.Subject)
            .SetClaim(Claims.PreferredUsername, user.Username)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.Name);
        identity.SetClaims(RoleClaim, [.. user.Roles]);
        identity.SetScopes(scopes);
        // Every claim goes into both tokens, so a client may read them from the identity token or from userinfo.
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
