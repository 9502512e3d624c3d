using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Access.Sso;

public sealed record AuthOptions(SsoOption Sso);

public sealed record SsoOption(bool Enabled, string? DisplayName);

/// <summary>What the sign-in page offers besides a password: single sign-on, when the settings enable it.</summary>
public static class AuthOptionsEndpoint
{
    [AllowAnonymous]
    [WolverineGet("/api/auth/options")]
    public static async Task<AuthOptions> Get(IQuerySession session, SsoClient sso, CancellationToken cancellation)
    {
        await sso.RefreshAsync(session, cancellation);
        return new AuthOptions(sso.Enabled ? new SsoOption(true, sso.Current.DisplayName) : new SsoOption(false, null));
    }
}
