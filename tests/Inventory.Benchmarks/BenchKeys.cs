using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Inventory.Benchmarks;

/// <summary>The key ring certificate a production host refuses to start without: one self-signed certificate per benchmark run.</summary>
internal static class BenchKeys
{
    private static readonly Lazy<string> Pfx = new(Create);

    /// <summary>The setting that gives a started host its key ring certificate.</summary>
    public static KeyValuePair<string, string?> Setting => new("Inventory:DataProtection:Certificate", Pfx.Value);

    private static string Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=inventory-benchmark-key-ring", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var path = Path.Combine(Path.GetTempPath(), $"inventory-benchmark-key-ring-{Environment.ProcessId}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
