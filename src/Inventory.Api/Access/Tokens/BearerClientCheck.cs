using System.Security.Claims;
using Inventory.Api.Access.ApiClients;

namespace Inventory.Api.Access.Tokens;

/// <summary>
/// A token is only as good as its client's current state: a disabled or removed client's tokens are treated as no token,
/// and a client's new name and role apply to tokens issued before.
/// </summary>
internal sealed class BearerClientCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ApiClientDirectory clients)
    {
        if (AccessClaims.ApiClientOf(context.User) is { } id)
        {
            context.User = await clients.CurrentAsync(id, context.RequestAborted) is { MayCall: true } client
                ? AccessClaims.ForClient(client, "Bearer")
                : new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next(context);
    }
}
