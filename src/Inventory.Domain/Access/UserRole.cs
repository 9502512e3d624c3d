namespace Inventory.Domain.Access;

/// <summary>What a person or an API client may do. The superadmin counts as an admin everywhere.</summary>
public enum UserRole
{
    ReadOnly,
    Admin,
    Superadmin,
}

/// <summary>Where a person proves who they are: a password kept here, or the organisation's single sign-on.</summary>
public enum AuthSource
{
    Local,
    Oidc,
}
