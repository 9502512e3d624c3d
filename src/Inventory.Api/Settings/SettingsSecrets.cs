using Microsoft.AspNetCore.DataProtection;

namespace Inventory.Api.Settings;

/// <summary>Encrypts the settings' secrets (SSO client secret, SMTP password) before they reach an event; only mail and sign-in decrypt them.</summary>
public sealed class SettingsSecrets(IDataProtectionProvider provider)
{
    public const string Purpose = "Inventory.SettingsSecrets";
    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    internal string? Reveal(string? ciphertext) => ciphertext is null ? null : _protector.Unprotect(ciphertext);
}
