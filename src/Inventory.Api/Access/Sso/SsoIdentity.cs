using System.Security.Claims;
using Inventory.Domain.Settings;

namespace Inventory.Api.Access.Sso;

/// <summary>Who the provider says signed in, read from the identity token and userinfo claims OpenIddict merged.</summary>
internal sealed record SsoIdentity(string Issuer, string Subject, string? Username, string? Email, string? DisplayName, bool AdminClaim)
{
    public static SsoIdentity From(ClaimsPrincipal principal, SsoSettings settings)
    {
        string? First(string type) => principal.FindFirst(type)?.Value is { Length: > 0 } value ? value.Trim() : null;
        // Providers send several roles as several claims, some as one space-separated value.
        var roles = settings.RoleClaim is null ? [] : principal.FindAll(settings.RoleClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new SsoIdentity(
            First("iss") ?? settings.Issuer!,
            First("sub") ?? "",
            First("preferred_username"),
            First("email"),
            First("name"),
            settings.AdminValue is not null && roles.Contains(settings.AdminValue, StringComparer.Ordinal));
    }
}
