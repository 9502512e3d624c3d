namespace Inventory.Api.Access.PasswordReset;

/// <summary>
/// The link in the mail, only ever on Inventory:PublicUrl: a request's Host or X-Forwarded-Host is the caller's to choose, and a
/// link built from it would hand the token to whoever they name.
/// </summary>
internal static class ResetLink
{
    public const string Setting = "Inventory:PublicUrl";

    /// <returns>null when Inventory:PublicUrl is not an absolute http(s) address: then no link can be sent.</returns>
    public static string? For(string token, IConfiguration configuration) =>
        Root(configuration) is { } root ? root + "/reset-password?token=" + Uri.EscapeDataString(token) : null;

    public static string? Root(IConfiguration configuration) =>
        Uri.TryCreate(configuration[Setting]?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString().TrimEnd('/')
            : null;

    public static Mail.OutgoingMail Mail(string to, string displayName, string link) => new(to, "Reset your Inventory password",
        $"""
        Hello {displayName},

        Someone (we hope you) asked to reset your Inventory password. To choose a new one, open this link within an hour:

        {link}

        The link works once. If you did not ask for it, ignore this message: your password stays as it is.
        """);
}
