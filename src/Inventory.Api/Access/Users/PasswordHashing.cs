using Inventory.Domain.Access.Users;
using Microsoft.AspNetCore.Identity;

namespace Inventory.Api.Access.Users;

/// <summary>ASP.NET Core Identity's password hasher (PBKDF2, salted, versioned) for local users' passwords.</summary>
public sealed class PasswordHashing
{
    private readonly PasswordHasher<UserRecord> _hasher = new();
    private readonly Lazy<string> _decoy;

    public PasswordHashing() => _decoy = new(() => Hash(Guid.NewGuid().ToString()));

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public bool Verify(UserRecord? user, string password)
    {
        if (user?.PasswordHash is not { } hash)
        {
            // As much work for an unknown user as for a known one, so timing does not tell which usernames exist.
            _hasher.VerifyHashedPassword(null!, _decoy.Value, password);
            return false;
        }
        return _hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
    }
}
