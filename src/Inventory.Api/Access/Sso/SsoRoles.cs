using Inventory.Domain.Access;

namespace Inventory.Api.Access.Sso;

/// <summary>
/// The role rule of single sign-on. A new user is Admin when the role claim carries the admin value, else ReadOnly. At each later
/// sign-in the claim is evaluated again only while the user still has the role single sign-on last gave them: then Admin follows
/// the claim, both ways. Once an administrator sets another role by hand, that role stays whatever the claim says; the superadmin
/// is never touched.
/// </summary>
internal static class SsoRoles
{
    public static UserRole ForNewUser(bool adminClaim) => adminClaim ? UserRole.Admin : UserRole.ReadOnly;

    /// <summary>The role to give now, or null to leave the current one.</summary>
    public static UserRole? Reevaluate(UserRole current, UserRole roleSetBySso, bool adminClaim)
    {
        if (current == UserRole.Superadmin || current != roleSetBySso)
            return null;
        var claimed = ForNewUser(adminClaim);
        return claimed == current ? null : claimed;
    }
}
