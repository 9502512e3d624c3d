using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Inventory.Api.Secrets;

/// <summary>
/// The Data Protection key ring (which protects AWS, SSO and SMTP secrets, session cookies and tokens) is stored encrypted with the
/// certificate at Inventory:DataProtection:Certificate, so a copy of the database alone reveals none of them. Production refuses to
/// start without one; development warns and stores the ring as it is.
/// </summary>
internal static class KeyRingProtection
{
    public const string CertificateSetting = "Inventory:DataProtection:Certificate";
    public const string PasswordSetting = "Inventory:DataProtection:CertificatePassword";

    public static void Configure(IDataProtectionBuilder dataProtection, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[CertificateSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException(
                    $"No key ring certificate: set {CertificateSetting} (environment Inventory__DataProtection__Certificate) to a PFX file whose key " +
                    "encrypts the keys that protect AWS, SSO and SMTP secrets and sessions. ./run.sh creates one on its first run; the README says how to make one.");
            return;
        }
        if (!File.Exists(path))
            throw new InvalidOperationException($"{CertificateSetting} names {path}, which does not exist.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordSetting], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"{CertificateSetting} ({path}) could not be read as a PFX file with {PasswordSetting}: {e.Message}", e);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{CertificateSetting} ({path}) holds no private key, so the key ring could not be read back.");
        // Decrypting looks in the machine's certificate stores unless told which certificate to use: this one, wherever it lives.
        dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>Says once at start-up, in development, that keys are being written as they are.</summary>
    public static void WarnWhenUnprotected(WebApplication app)
    {
        if (string.IsNullOrWhiteSpace(app.Configuration[CertificateSetting]))
            app.Logger.LogWarning("Development: the Data Protection key ring is stored unencrypted; set {Setting} to encrypt it, as production requires",
                CertificateSetting);
    }
}
