using Microsoft.AspNetCore.DataProtection;

namespace Inventory.Api.Secrets;

/// <summary>Encrypts account secrets before they reach any event or document; decrypting is internal, for discovery only.</summary>
public sealed class AccountSecrets(IDataProtectionProvider provider)
{
    public const string Purpose = "Inventory.AccountSecrets";
    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    internal string Reveal(string ciphertext) => _protector.Unprotect(ciphertext);
}
