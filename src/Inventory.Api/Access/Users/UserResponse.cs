using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;

namespace Inventory.Api.Access.Users;

/// <summary>A user as admins see them; never the password hash.</summary>
public sealed record UserResponse(string Id, string Username, string? Email, string DisplayName, UserRole Role, bool Active, AuthSource AuthSource,
    DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt)
{
    public static UserResponse From(UserRecord user) => new(user.UserId, user.Username, user.Email, user.DisplayName, user.Role, user.Active,
        user.AuthSource, user.CreatedAt, user.LastSignInAt);
}
