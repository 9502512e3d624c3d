namespace Inventory.Api.Access.Sso;

/// <summary>Where a sign-in may send the browser afterwards: a path on this site only, so the link cannot be used to redirect elsewhere.</summary>
internal static class LocalReturnUrl
{
    public const string Default = "/";

    public static string Sanitize(string? returnUrl) => IsLocal(returnUrl) ? returnUrl! : Default;

    // "//host" and "/\host" are read by browsers as another site; control characters can smuggle either past a check.
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
