using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;

namespace Inventory.Api.Access.SignIn;

/// <summary>The signed-in user as the UI shows them. An API client reads itself with authSource "ApiClient".</summary>
public sealed record Me(string Username, string? Email, string DisplayName, UserRole Role, string AuthSource)
{
    public static Me From(UserRecord user) => new(user.Username, user.Email, user.DisplayName, user.Role, user.AuthSource.ToString());
}

public sealed record SignInRequest(string? Username, string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
