namespace Inventory.Domain.Access;

/// <summary>Who may call an endpoint: by its method (reads for every role, changes for admins), or anyone signed in (sign-out, own password).</summary>
public enum EndpointAccess
{
    ByMethod,
    AnySignedIn,
}

public enum AccessVerdict
{
    Allowed,
    SignInRequired,
    Forbidden,
}

/// <summary>The role rules every endpoint follows, as one pure function.</summary>
public static class AccessRules
{
    public static bool IsAdmin(UserRole role) => role is UserRole.Admin or UserRole.Superadmin;

    /// <summary>Reads (GET, HEAD) need any role; everything else changes state and needs an admin.</summary>
    public static bool IsRead(string method) => HttpMethods.Contains(method);

    /// <summary>Everything under /api/admin (users, API clients, settings) is for admins, reads included.</summary>
    public static bool IsAdministration(string path) =>
        path.StartsWith(AdminPrefix, StringComparison.OrdinalIgnoreCase) && (path.Length == AdminPrefix.Length || path[AdminPrefix.Length] == '/');

    public static AccessVerdict Decide(string method, string path, UserRole? role, EndpointAccess access) => role switch
    {
        null => AccessVerdict.SignInRequired,
        _ when IsAdmin(role.Value) => AccessVerdict.Allowed,
        _ when IsAdministration(path) => AccessVerdict.Forbidden,
        _ when access == EndpointAccess.AnySignedIn || IsRead(method) => AccessVerdict.Allowed,
        _ => AccessVerdict.Forbidden,
    };

    private const string AdminPrefix = "/api/admin";

    private static readonly HashSet<string> HttpMethods = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD" };
}
