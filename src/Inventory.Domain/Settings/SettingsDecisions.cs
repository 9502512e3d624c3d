using Inventory.Domain.Assets;

namespace Inventory.Domain.Settings;

/// <summary>A change of settings as a pure function of the current settings: one event per section that changed, naming who changed it.</summary>
public static class SettingsDecisions
{
    public static SettingsDecision Change(ProductSettings current, SettingsInput input, Func<string, string> protect, DateTimeOffset now, Cause cause)
    {
        var errors = new Dictionary<string, string[]>();
        var sso = input.Sso is null ? current.Sso : Sso(input.Sso, current.Sso, protect, errors);
        var email = input.Email is null ? current.Email : Email(input.Email, current.Email, protect, errors);
        var interval = SettingsRules.Choice(input.DiscoveryInterval, current.DiscoveryInterval, "discoveryInterval", errors);
        var timeout = SettingsRules.SessionTimeout(input.SessionTimeoutMinutes, current.SessionTimeoutMinutes, errors);
        if (errors.Count > 0)
            return new SettingsDecision.Invalid(errors);

        var events = new List<object>();
        if (!Same(sso, current.Sso))
            events.Add(new SsoSettingsChanged(sso, now, cause));
        if (email != current.Email)
            events.Add(new EmailSettingsChanged(email, now, cause));
        if (interval != current.DiscoveryInterval)
            events.Add(new DiscoveryIntervalChanged(interval, now, cause));
        if (timeout != current.SessionTimeoutMinutes)
            events.Add(new SessionTimeoutChanged(timeout, now, cause));
        return new SettingsDecision.Accepted(events);
    }

    private static SsoSettings Sso(SsoInput input, SsoSettings current, Func<string, string> protect, Dictionary<string, string[]> errors)
    {
        var enabled = input.Enabled ?? current.Enabled;
        var issuer = SettingsRules.Text(input.Issuer, current.Issuer, 500, "sso.issuer", errors);
        SettingsRules.Issuer(issuer, enabled, errors);
        var clientId = SettingsRules.Text(input.ClientId, current.ClientId, 200, "sso.clientId", errors);
        if (enabled && clientId is null)
            errors["sso.clientId"] = ["sso.clientId is required when single sign-on is enabled."];
        var roleClaim = SettingsRules.Token(input.RoleClaim, current.RoleClaim, "sso.roleClaim", errors);
        var adminValue = SettingsRules.Text(input.AdminValue, current.AdminValue, 200, "sso.adminValue", errors);
        if (adminValue is not null && roleClaim is null)
            errors["sso.roleClaim"] = ["sso.roleClaim is required when sso.adminValue is set: it names the claim that carries the value."];
        SettingsRules.SecretFollows(current.ProtectedClientSecret, input.ClientSecret, issuer != current.Issuer || clientId != current.ClientId,
            "sso.clientSecret", "sso.issuer or sso.clientId", errors);
        return new SsoSettings(
            enabled,
            SettingsRules.Text(input.DisplayName, current.DisplayName, 100, "sso.displayName", errors),
            issuer,
            clientId,
            SettingsRules.Secret(input.ClientSecret, current.ProtectedClientSecret, protect),
            SettingsRules.Scopes(input.Scopes, current.Scopes, errors),
            roleClaim,
            adminValue);
    }

    private static EmailSettings Email(EmailInput input, EmailSettings current, Func<string, string> protect, Dictionary<string, string[]> errors)
    {
        var mode = SettingsRules.Choice(input.Mode, current.Mode, "email.mode", errors);
        var host = SettingsRules.Text(input.Host, current.Host, 253, "email.host", errors);
        SettingsRules.Host(host, mode == EmailMode.Smtp, errors);
        var port = SettingsRules.Port(input.Port, current.Port, errors);
        var security = SettingsRules.Choice(input.Security, current.Security, "email.security", errors);
        var username = SettingsRules.Text(input.Username, current.Username, 200, "email.username", errors);
        SettingsRules.SecretFollows(current.ProtectedPassword, input.Password,
            host != current.Host || port != current.Port || security != current.Security || username != current.Username,
            "email.password", "email.host, email.port, email.security or email.username", errors);
        return new EmailSettings(
            mode,
            host,
            port,
            security,
            username,
            SettingsRules.Secret(input.Password, current.ProtectedPassword, protect),
            SettingsRules.FromAddress(input.FromAddress, current.FromAddress, errors),
            SettingsRules.Text(input.FromName, current.FromName, 200, "email.fromName", errors));
    }

    // Records compare lists by reference; scopes are compared by content.
    private static bool Same(SsoSettings a, SsoSettings b) => a with { Scopes = b.Scopes } == b && a.Scopes.SequenceEqual(b.Scopes);
}
