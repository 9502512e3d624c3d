using Inventory.Domain.Settings;

namespace Inventory.Api.Settings;

/// <summary>The settings as an administrator reads them: secrets only as whether they are set.</summary>
public sealed record SettingsResponse(SsoResponse Sso, EmailResponse Email, DiscoveryInterval DiscoveryInterval, int SessionTimeoutMinutes)
{
    internal static SettingsResponse From(ProductSettings settings) => new(
        new SsoResponse(settings.Sso.Enabled, settings.Sso.DisplayName, settings.Sso.Issuer, settings.Sso.ClientId,
            settings.Sso.ProtectedClientSecret is not null, settings.Sso.Scopes, settings.Sso.RoleClaim, settings.Sso.AdminValue),
        new EmailResponse(settings.Email.Mode, settings.Email.Host, settings.Email.Port, settings.Email.Security, settings.Email.Username,
            settings.Email.ProtectedPassword is not null, settings.Email.FromAddress, settings.Email.FromName),
        settings.DiscoveryInterval,
        settings.SessionTimeoutMinutes);
}

public sealed record SsoResponse(
    bool Enabled, string? DisplayName, string? Issuer, string? ClientId, bool ClientSecretSet, IReadOnlyList<string> Scopes, string? RoleClaim,
    string? AdminValue);

public sealed record EmailResponse(
    EmailMode Mode, string? Host, int Port, SmtpSecurity Security, string? Username, bool PasswordSet, string FromAddress, string? FromName);
