using System.Net;
using System.Net.Mail;

namespace Inventory.Domain.Settings;

/// <summary>Field checks for settings; each failure is keyed by the field's camelCase path (sso.issuer, email.port, ...).</summary>
internal static class SettingsRules
{
    public const int MinSessionTimeout = 5;
    public const int MaxSessionTimeout = 7 * 24 * 60;

    /// <summary>"" clears, null keeps, anything else is trimmed and bounded.</summary>
    public static string? Text(string? value, string? current, int maxLength, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
            return current;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            errors[field] = [$"{field} must be at most {maxLength} characters."];
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>A name without white space, as claim types and scopes are.</summary>
    public static string? Token(string? value, string? current, string field, Dictionary<string, string[]> errors)
    {
        var token = Text(value, current, 200, field, errors);
        if (token is not null && token.Any(char.IsWhiteSpace))
            errors[field] = [$"{field} must not contain spaces."];
        return token;
    }

    public static T Choice<T>(string? value, T current, string field, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (value is null)
            return current;
        // Enum.TryParse accepts numbers too; only the names mean anything to a user.
        if (!value.Any(char.IsDigit) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed))
            return parsed;
        errors[field] = [$"{field} must be one of: {string.Join(", ", Enum.GetNames<T>())}."];
        return current;
    }

    /// <summary>Tokens and metadata travel over it, so only HTTPS will do, but for a provider on this machine.</summary>
    public static void Issuer(string? issuer, bool required, Dictionary<string, string[]> errors)
    {
        const string field = "sso.issuer";
        if (issuer is null)
        {
            if (required)
                errors[field] = [$"{field} is required when single sign-on is enabled."];
            return;
        }
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            errors[field] = [$"{field} must be an absolute https URL such as https://login.example.com/."];
        else if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            errors[field] = [$"{field} must use https; plain http is allowed only for a provider on localhost."];
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            errors[field] = [$"{field} must not have a query or fragment."];
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public static IReadOnlyList<string> Scopes(IReadOnlyList<string?>? values, IReadOnlyList<string> current, Dictionary<string, string[]> errors)
    {
        if (values is null)
            return current;
        var scopes = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var scope = values[i]?.Trim() ?? "";
            if (scope.Length == 0 || scope.Length > 100 || scope.Any(char.IsWhiteSpace))
                errors[$"sso.scopes[{i}]"] = [$"sso.scopes[{i}] must be a scope name of 1 to 100 characters without spaces."];
            else if (!scopes.Contains(scope))
                scopes.Add(scope);
        }
        if (!scopes.Contains("openid"))
            errors["sso.scopes"] = ["sso.scopes must include openid."];
        return scopes;
    }

    public static void Host(string? host, bool required, Dictionary<string, string[]> errors)
    {
        const string field = "email.host";
        if (host is null)
        {
            if (required)
                errors[field] = [$"{field} is required when e-mail is sent through SMTP."];
        }
        else if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
            errors[field] = [$"{field} must be a host name or IP address."];
    }

    public static int Port(int? value, int current, Dictionary<string, string[]> errors)
    {
        var port = value ?? current;
        if (port is < 1 or > 65535)
            errors["email.port"] = ["email.port must be between 1 and 65535."];
        return port;
    }

    public static bool IsMailAddress(string? value) =>
        value is not null && MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0;

    public static string FromAddress(string? value, string current, Dictionary<string, string[]> errors)
    {
        const string field = "email.fromAddress";
        if (value is null)
            return current;
        var address = value.Trim();
        if (address.Length == 0)
            errors[field] = [$"{field} is required."];
        else if (address.Length > 254 || !IsMailAddress(address))
            errors[field] = [$"{field} must be an e-mail address such as inventory@example.com."];
        return address;
    }

    public static int SessionTimeout(int? value, int current, Dictionary<string, string[]> errors)
    {
        var minutes = value ?? current;
        if (minutes is < MinSessionTimeout or > MaxSessionTimeout)
            errors["sessionTimeoutMinutes"] = [$"sessionTimeoutMinutes must be between {MinSessionTimeout} and {MaxSessionTimeout} (one week)."];
        return minutes;
    }

    /// <summary>
    /// A stored secret is only ever sent where it was first sent: changing where it goes (or how) without sending it again would
    /// hand it to whoever the new destination is, so the change must carry the secret, or "" to clear it.
    /// </summary>
    public static void SecretFollows(string? currentProtected, string? sent, bool destinationChanged, string field, string destination,
        Dictionary<string, string[]> errors)
    {
        if (currentProtected is not null && sent is null && destinationChanged)
            errors[field] = [$"Changing {destination} needs {field} again (or \"\" to clear it): the stored one is never sent to a new destination."];
    }

    /// <summary>null keeps the stored ciphertext, "" clears it, anything else is encrypted.</summary>
    public static string? Secret(string? value, string? currentProtected, Func<string, string> protect) =>
        value switch
        {
            null => currentProtected,
            "" => null,
            _ => protect(value),
        };
}
