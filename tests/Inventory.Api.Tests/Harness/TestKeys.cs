using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Inventory.Api.Tests.Harness;

/// <summary>A key ring certificate for hosts the tests start as production processes (which refuse to start without one): made once per run.</summary>
internal static class TestKeys
{
    private static readonly Lazy<string> Pfx = new(Create);

    public static string CertificatePath => Pfx.Value;

    /// <summary>The settings that give a product process its key ring certificate, unless the test set its own.</summary>
    public static void AddTo(IDictionary<string, string?> environment) =>
        environment.TryAdd("Inventory__DataProtection__Certificate", CertificatePath);

    private static string Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=inventory-tests-key-ring", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"inventory-tests-key-ring-{Environment.ProcessId}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        return path;
    }
}
