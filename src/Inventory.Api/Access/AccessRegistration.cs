using Inventory.Api.Access.ApiClients;
using Inventory.Api.Access.Authorization;
using Inventory.Api.Access.Csrf;
using Inventory.Api.Access.Headers;
using Inventory.Api.Access.Sessions;
using Inventory.Api.Access.SignIn;
using Inventory.Api.Access.Superadmin;
using Inventory.Api.Access.Tokens;
using Inventory.Api.Access.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inventory.Api.Access;

/// <summary>People and programs: who may sign in, how, and what each role may call.</summary>
internal static class AccessRegistration
{
    /// <summary>The default scheme picks the bearer token when a request sends one, else the session cookie.</summary>
    public const string Scheme = "Inventory";

    public static void AddInventoryAccess(this WebApplicationBuilder builder)
    {
        var options = AccessOptions.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        services.TryAddKeyedSingleton(AccessClock.Key, TimeProvider.System);
        // The admin settings replace this with the timeout they keep; it is read on every request, so register a singleton.
        services.TryAddSingleton<ISessionTimeout, ConfiguredSessionTimeout>();
        services.AddMemoryCache();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<ApiClientDirectory>();
        services.AddSingleton<CsrfTokens>();
        services.AddSingleton<BrowserSessions>();
        services.AddSingleton<UserSessions>();
        services.AddSingleton<SignInThrottling>();
        services.AddHostedService<SuperadminBootstrap>();

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = CsrfTokens.HeaderName;
            antiforgery.Cookie.Name = CsrfTokens.TokenCookieName;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = Scheme;
                authentication.DefaultChallengeScheme = Scheme;
                authentication.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Session cookie or bearer token", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenServer.BearerScheme
                    : UserSessions.Scheme)
            .AddCookie(UserSessions.Scheme, cookie =>
            {
                cookie.Cookie.Name = UserSessions.CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionTimeoutMinutes);
                cookie.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
                // An API answers with a status; the UI decides where a person goes.
                cookie.Events.OnRedirectToLogin = context => SetStatus(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => SetStatus(context.Response, StatusCodes.Status403Forbidden);
            });
        services.AddOptions<CookieAuthenticationOptions>(UserSessions.Scheme)
            .Configure<IServiceProvider>((cookie, provider) => cookie.TimeProvider = AccessClock.Of(provider));
        services.AddAuthorization(RolePolicy.Configure);
        services.AddSingleton<IAuthorizationHandler, RoleRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResults>();
        services.AddTokenServer(options, builder.Environment.IsDevelopment());
    }

    /// <summary>Every response gets the security headers; this goes first so error pages carry them too.</summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.UseMiddleware<SecurityHeaders>();

    /// <summary>After routing: who is calling (cookie or token, checked against current state), may they, and is a session change CSRF-safe.</summary>
    public static void UseInventoryAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<BearerClientCheck>();
        app.UseAuthorization();
        app.UseMiddleware<CsrfProtection>();
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
