namespace Inventory.Domain.Settings;

/// <summary>
/// A change of settings as the caller sent it. An omitted section or field keeps its value; "" clears an optional text;
/// the secrets (clientSecret, password) are plain text here and never stored as such.
/// </summary>
public sealed record SettingsInput(SsoInput? Sso, EmailInput? Email, string? DiscoveryInterval, int? SessionTimeoutMinutes);

public sealed record SsoInput(
    bool? Enabled,
    string? DisplayName,
    string? Issuer,
    string? ClientId,
    string? ClientSecret,
    IReadOnlyList<string?>? Scopes,
    string? RoleClaim,
    string? AdminValue);

public sealed record EmailInput(
    string? Mode,
    string? Host,
    int? Port,
    string? Security,
    string? Username,
    string? Password,
    string? FromAddress,
    string? FromName);
