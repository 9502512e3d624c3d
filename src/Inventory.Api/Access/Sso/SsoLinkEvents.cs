using Inventory.Domain.Access;

namespace Inventory.Api.Access.Sso;

/// <summary>A person of the provider (issuer and subject) first signed in and became this user, with the role single sign-on gave them.</summary>
public sealed record SsoAccountLinked(string Issuer, string Subject, string UserId, UserRole Role, DateTimeOffset At);

/// <summary>Single sign-on changed the user's role from the provider's role claim.</summary>
public sealed record SsoRoleAssigned(string UserId, UserRole Role, DateTimeOffset At);
