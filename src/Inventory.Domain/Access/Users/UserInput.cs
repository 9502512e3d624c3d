namespace Inventory.Domain.Access.Users;

/// <summary>A new user as an admin (or the SSO sign-in) describes them; the role travels as its name.</summary>
public sealed record NewUser(string? Username, string? Email, string? DisplayName, string? Role, string? Password);

/// <summary>The whole of what an admin may change on a user; a null role or active flag keeps the current one.</summary>
public sealed record UserChange(string? Email, string? DisplayName, string? Role, bool? Active);
