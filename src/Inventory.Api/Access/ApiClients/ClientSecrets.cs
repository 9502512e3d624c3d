using System.Security.Cryptography;
using System.Text;

namespace Inventory.Api.Access.ApiClients;

/// <summary>
/// Client ids and secrets. Secrets are 256 random bits, so a SHA-256 hash is as strong as a slow password hash
/// and keeps the token endpoint cheap; only the hash is stored.
/// </summary>
internal static class ClientSecrets
{
    public static string NewClientId() => "inventory-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string? secret, string hash) =>
        secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
