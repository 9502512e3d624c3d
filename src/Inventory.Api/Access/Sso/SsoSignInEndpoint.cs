using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using Wolverine.Http;

namespace Inventory.Api.Access.Sso;

/// <summary>Starts a single sign-on: a 302 to the provider with a PKCE challenge; the local return path travels in the protected state.</summary>
public static class SsoSignInEndpoint
{
    [AllowAnonymous]
    [WolverineGet("/api/auth/sso/sign-in")]
    [ProducesResponseType(StatusCodes.Status302Found)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Get(string? returnUrl, HttpContext context, SsoClient sso, OpenIddictClientService client, ILogger<SsoClient> logger)
    {
        if (!sso.Enabled)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Single sign-on is not enabled",
                detail: "An administrator enables single sign-on in the settings.");
        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.RegistrationId] = SsoClient.RegistrationId,
        })
        {
            RedirectUri = LocalReturnUrl.Sanitize(returnUrl),
        };
        try
        {
            // Read (and cache) the provider's discovery document first: when it cannot be had, the person hears why instead of a bare error.
            var registration = await client.GetClientRegistrationByIdAsync(SsoClient.RegistrationId, context.RequestAborted);
            await registration.ConfigurationManager!.GetConfigurationAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Single sign-on could not start: the discovery document of {Issuer} could not be read", sso.Current.Issuer);
            return Results.Redirect(SsoFailure.SignInPage("The single sign-on provider could not be reached."));
        }
        await context.ChallengeAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme, properties);
        return Results.Empty;
    }
}
