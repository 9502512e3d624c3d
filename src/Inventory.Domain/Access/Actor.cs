using Inventory.Domain.Assets;

namespace Inventory.Domain.Access;

/// <summary>Who asks for a change: a signed-in user (with their id), an API client, or the product itself (no id).</summary>
public sealed record Actor(string? UserId, UserRole Role, Cause Cause)
{
    /// <summary>The command line and the first start act with full rights, as an operator with database access has them anyway.</summary>
    public static Actor System(string name) => new(null, UserRole.Superadmin, Cause.User(name));
}
