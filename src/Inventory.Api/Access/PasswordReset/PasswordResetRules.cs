using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;

namespace Inventory.Api.Access.PasswordReset;

/// <summary>Who gets a reset link and when one still works, as pure functions of the user and the token's state.</summary>
internal static class PasswordResetRules
{
    public const string TokenProblem = "The link is invalid, expired or already used; ask for a new one.";

    /// <summary>Only an active local user with an address to write to; everyone else silently gets nothing.</summary>
    public static bool MayReset(UserRecord? user) => user is { CanSignIn: true, AuthSource: AuthSource.Local, Email: not null };

    public static PasswordResetIssued Issue(UserRecord user, DateTimeOffset now) => new(user.UserId, user.PasswordVersion, now + ResetTokens.Lifetime, now);

    /// <summary>Why the token cannot set a password, or null when it can.</summary>
    public static string? Refusal(PasswordResetToken? token, UserRecord? user, DateTimeOffset now) =>
        token is null || token.RedeemedAt is not null || now >= token.ExpiresAt
        // A password changed since the link was sent (another reset, or by hand) makes the link stale.
        || !MayReset(user) || user!.UserId != token.UserId || user.PasswordVersion != token.PasswordVersion
            ? TokenProblem
            : null;
}
