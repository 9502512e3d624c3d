namespace Inventory.Api.Access.PasswordReset;

/// <summary>
/// A reset link was mailed to a local user. The stream is keyed by the token's SHA-256, so the token itself is stored nowhere;
/// it is good until <paramref name="ExpiresAt"/> and only while the user's password is still the one it was issued against.
/// </summary>
public sealed record PasswordResetIssued(string UserId, int PasswordVersion, DateTimeOffset ExpiresAt, DateTimeOffset At);

/// <summary>The link was used to set a new password; it cannot be used again.</summary>
public sealed record PasswordResetRedeemed(string UserId, DateTimeOffset At);
