using System.Security.Claims;
using Inventory.Domain.Access;
using Inventory.Domain.Access.ApiClients;
using Inventory.Domain.Access.Users;

namespace Inventory.Api.Access;

/// <summary>The claims a signed-in principal carries, for a person's session and for an API client's token alike.</summary>
internal static class AccessClaims
{
    public const string Name = "name";
    public const string Role = "role";
    public const string UserId = "inventory_user";
    public const string PasswordVersion = "inventory_password_version";
    public const string Session = "inventory_session";
    public const string ApiClient = "inventory_api_client";
    public const string ApiClientPrefix = "api:";

    public static ClaimsPrincipal ForUser(UserRecord user, string authenticationType) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.UserId),
        new Claim(UserId, user.UserId),
        new Claim(Name, user.Username),
        new Claim(Role, user.Role.ToString()),
        new Claim(PasswordVersion, user.PasswordVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ], authenticationType, Name, Role));

    public static ClaimsPrincipal ForClient(ApiClientRecord client, string authenticationType) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, ApiClientPrefix + client.ApiClientId),
        new Claim(ApiClient, client.ApiClientId),
        new Claim(Name, ApiClientPrefix + client.Name),
        new Claim(Role, client.Role.ToString()),
    ], authenticationType, Name, Role));

    public static UserRole? RoleOf(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && Enum.TryParse<UserRole>(principal.FindFirstValue(Role), out var role) ? role : null;

    public static string? UserIdOf(ClaimsPrincipal principal) => principal.FindFirstValue(UserId);

    public static Guid? SessionOf(ClaimsPrincipal principal) => Guid.TryParse(principal.FindFirstValue(Session), out var id) ? id : null;

    /// <summary>The user's claims with the id of the browser session they belong to.</summary>
    public static ClaimsPrincipal ForSession(UserRecord user, Guid session, string authenticationType)
    {
        var principal = ForUser(user, authenticationType);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(Session, session.ToString("N")));
        return principal;
    }

    public static string? ApiClientOf(ClaimsPrincipal principal) => principal.FindFirstValue(ApiClient);
}
