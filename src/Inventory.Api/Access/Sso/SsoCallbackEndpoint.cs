using Inventory.Api.Access.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Client.AspNetCore;
using Wolverine.Http;

namespace Inventory.Api.Access.Sso;

/// <summary>Where the provider sends the browser back: OpenIddict redeems the code (PKCE, state, nonce, signature checked), then the user signs in.</summary>
public static class SsoCallbackEndpoint
{
    [AllowAnonymous]
    [WolverineGet("/" + SsoClient.CallbackPath)]
    public static async Task<IResult> Get(HttpContext context, SsoClient sso, SsoUsers users, UserSessions sessions, ILogger<SsoClient> logger,
        CancellationToken cancellation)
    {
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
        {
            var items = result.Properties?.Items ?? new Dictionary<string, string?>();
            var error = items.TryGetValue(OpenIddictClientAspNetCoreConstants.Properties.Error, out var code) ? code : null;
            var reason = items.TryGetValue(OpenIddictClientAspNetCoreConstants.Properties.ErrorDescription, out var description) ? description : result.Failure?.Message;
            logger.LogWarning("Single sign-on failed at the callback: {Error} {Reason}", error, reason);
            return Results.Redirect(SsoFailure.SignInPage(SsoFailure.CallbackReason(error)));
        }
        var (user, refusal) = await users.SignInAsync(SsoIdentity.From(result.Principal, sso.Current), cancellation);
        if (user is null)
            return Results.Redirect(SsoFailure.SignInPage(refusal!));
        await sessions.SignInAsync(context, user, cancellation);
        return Results.Redirect(LocalReturnUrl.Sanitize(result.Properties?.RedirectUri));
    }
}
