using Inventory.Api.Access.ApiClients;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Inventory.Api.Access.Tokens;

/// <summary>
/// The token endpoint in OpenIddict's degraded mode (there is no OpenIddict store): client id and secret are checked against
/// the event-sourced API clients, and the token names the client, whose current state every request checks again.
/// </summary>
internal sealed class ValidateClientCredentials(ApiClientDirectory clients) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
        {
            context.Reject(Errors.UnsupportedGrantType, "Only the client_credentials grant is supported.");
            return;
        }
        var client = string.IsNullOrEmpty(context.ClientId) ? null : await clients.FindByClientIdAsync(context.ClientId, context.CancellationToken);
        if (client is not { MayCall: true } || !ClientSecrets.Matches(context.ClientSecret, client.SecretHash))
        {
            context.Reject(Errors.InvalidClient, "The client id or secret is wrong, or the client is disabled.");
            return;
        }
        context.Transaction.Properties[ApiClientRecordKey] = client.ApiClientId;
    }

    public const string ApiClientRecordKey = "inventory.api-client";
}

internal sealed class IssueClientToken(ApiClientDirectory clients) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public async ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        var id = (string)context.Transaction.Properties[ValidateClientCredentials.ApiClientRecordKey]!;
        var client = await clients.FindAsync(id, context.CancellationToken);
        if (client is not { MayCall: true })
        {
            context.Reject(Errors.InvalidClient, "The client was disabled meanwhile.");
            return;
        }
        var principal = AccessClaims.ForClient(client, "Bearer");
        principal.SetClaim(Claims.Subject, AccessClaims.ApiClientPrefix + client.ApiClientId);
        principal.SetDestinations(_ => [Destinations.AccessToken]);
        context.SignIn(principal);
    }
}
