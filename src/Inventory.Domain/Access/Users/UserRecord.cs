using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Access.Users;

/// <summary>
/// One user as every decision and every request reads them: projected inline, in the same transaction as the events.
/// The lookup keys are lower case and unique in PostgreSQL; a deleted user's keys are cleared so the names can be used again.
/// </summary>
public sealed class UserRecord
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Username { get; set; } = "";
    public string? UsernameKey { get; set; }
    public string? Email { get; set; }
    public string? EmailKey { get; set; }
    public string DisplayName { get; set; } = "";
    public UserRole Role { get; set; }
    public bool Active { get; set; }
    public AuthSource AuthSource { get; set; }
    public string? PasswordHash { get; set; }

    /// <summary>Counts password changes; a session remembers the one it signed in with and ends when it moves on.</summary>
    public int PasswordVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
    public bool Deleted { get; set; }
    public long Version { get; set; }

    public bool CanSignIn => Active && !Deleted;
}

public static class UserStreams
{
    public static string Key(string userId) => "user:" + userId;

    public static string Lookup(string nameOrEmail) => nameOrEmail.Trim().ToLowerInvariant();
}

public sealed partial class UserRecordProjection : SingleStreamProjection<UserRecord, string>
{
    public UserRecordProjection()
    {
        IncludeType<UserCreated>();
        IncludeType<UserDetailsChanged>();
        IncludeType<UserRoleChanged>();
        IncludeType<UserDeactivated>();
        IncludeType<UserReactivated>();
        IncludeType<UserPasswordSet>();
        IncludeType<UserSignedIn>();
        IncludeType<UserDeleted>();
    }

    public override UserRecord? Evolve(UserRecord? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case UserCreated c:
                snapshot = new UserRecord
                {
                    Id = id, UserId = c.UserId, Username = c.Username, UsernameKey = UserStreams.Lookup(c.Username), Email = c.Email,
                    EmailKey = c.Email is null ? null : UserStreams.Lookup(c.Email), DisplayName = c.DisplayName, Role = c.Role, Active = true,
                    AuthSource = c.AuthSource, PasswordHash = c.PasswordHash, CreatedAt = c.At,
                };
                break;
            case UserDetailsChanged d when snapshot is not null:
                (snapshot.Email, snapshot.EmailKey, snapshot.DisplayName) = (d.Email, d.Email is null ? null : UserStreams.Lookup(d.Email), d.DisplayName);
                break;
            case UserRoleChanged r when snapshot is not null:
                snapshot.Role = r.Role;
                break;
            case UserDeactivated when snapshot is not null:
                snapshot.Active = false;
                break;
            case UserReactivated when snapshot is not null:
                snapshot.Active = true;
                break;
            case UserPasswordSet p when snapshot is not null:
                snapshot.PasswordHash = p.PasswordHash;
                snapshot.PasswordVersion++;
                break;
            case UserSignedIn s when snapshot is not null:
                snapshot.LastSignInAt = s.At;
                break;
            case UserDeleted when snapshot is not null:
                (snapshot.Deleted, snapshot.Active, snapshot.UsernameKey, snapshot.EmailKey) = (true, false, null, null);
                break;
        }
        if (snapshot is not null)
            snapshot.Version = e.Version;
        return snapshot;
    }
}
