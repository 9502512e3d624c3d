using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Inventory.Api.Access.PasswordReset;

/// <summary>Reset tokens: 256 random bits for the link, only their SHA-256 kept (a fast hash suffices for a secret that cannot be guessed).</summary>
internal static class ResetTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string StreamKey(string token) => "password-reset:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
