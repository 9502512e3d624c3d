using System.Security.Cryptography;

namespace Inventory.Api.Access.Superadmin;

internal static class SuperadminPassword
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>20 characters from an alphabet without look-alikes: about 116 bits, easy to copy from a log.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}
