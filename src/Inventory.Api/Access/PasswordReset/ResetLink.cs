namespace Inventory.Api.Access.PasswordReset;

/// <summary>The link in the mail: on Inventory:PublicUrl when set (behind a proxy), else on the address the request came to.</summary>
internal static class ResetLink
{
    public static string For(string token, HttpRequest request, IConfiguration configuration)
    {
        var configured = configuration["Inventory:PublicUrl"];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured.Trim();
        return root.TrimEnd('/') + "/reset-password?token=" + Uri.EscapeDataString(token);
    }

    public static Mail.OutgoingMail Mail(string to, string displayName, string link) => new(to, "Reset your Inventory password",
        $"""
        Hello {displayName},

        Someone (we hope you) asked to reset your Inventory password. To choose a new one, open this link within an hour:

        {link}

        The link works once. If you did not ask for it, ignore this message: your password stays as it is.
        """);
}
