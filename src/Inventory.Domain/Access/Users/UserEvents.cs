using Inventory.Domain.Assets;

namespace Inventory.Domain.Access.Users;

/// <summary>A person can now sign in. Local users carry their password's hash (never the password); SSO users have none.</summary>
public sealed record UserCreated(
    string UserId,
    string Username,
    string? Email,
    string DisplayName,
    UserRole Role,
    AuthSource AuthSource,
    string? PasswordHash,
    DateTimeOffset At,
    Cause Cause);

public sealed record UserDetailsChanged(string UserId, string? Email, string DisplayName, DateTimeOffset At, Cause Cause);

public sealed record UserRoleChanged(string UserId, UserRole Role, DateTimeOffset At, Cause Cause);

/// <summary>The user can no longer sign in and their sessions end; their history stays.</summary>
public sealed record UserDeactivated(string UserId, DateTimeOffset At, Cause Cause);

public sealed record UserReactivated(string UserId, DateTimeOffset At, Cause Cause);

/// <summary>A new password (its hash); every session signed in with the old one ends.</summary>
public sealed record UserPasswordSet(string UserId, string PasswordHash, DateTimeOffset At, Cause Cause);

public sealed record UserSignedIn(string UserId, AuthSource Via, DateTimeOffset At);

/// <summary>The user left; the username and e-mail address are free again, the stream keeps what they did.</summary>
public sealed record UserDeleted(string UserId, DateTimeOffset At, Cause Cause);
