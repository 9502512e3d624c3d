using Inventory.Api.Access.Sso;
using Inventory.Domain.Access;

namespace Inventory.Api.Tests.Sso;

/// <summary>The role rule of single sign-on as a pure function: the claim decides while the role is the one it gave, a hand-set role stays.</summary>
public sealed class SsoRolesTests
{
    [Fact]
    public void A_new_user_is_admin_only_with_the_admin_claim()
    {
        Assert.Equal(UserRole.Admin, SsoRoles.ForNewUser(adminClaim: true));
        Assert.Equal(UserRole.ReadOnly, SsoRoles.ForNewUser(adminClaim: false));
    }

    [Theory]
    [InlineData(UserRole.ReadOnly, UserRole.ReadOnly, true, UserRole.Admin)]
    [InlineData(UserRole.Admin, UserRole.Admin, false, UserRole.ReadOnly)]
    [InlineData(UserRole.Admin, UserRole.Admin, true, null)]
    [InlineData(UserRole.ReadOnly, UserRole.ReadOnly, false, null)]
    public void While_the_role_is_the_one_single_sign_on_gave_the_claim_decides(UserRole current, UserRole given, bool claim, UserRole? expected) =>
        Assert.Equal(expected, SsoRoles.Reevaluate(current, given, claim));

    [Theory]
    [InlineData(UserRole.Admin, UserRole.ReadOnly, false)]
    [InlineData(UserRole.ReadOnly, UserRole.Admin, true)]
    [InlineData(UserRole.Superadmin, UserRole.ReadOnly, false)]
    [InlineData(UserRole.Superadmin, UserRole.Superadmin, false)]
    public void A_role_set_by_hand_and_the_superadmin_stay(UserRole current, UserRole given, bool claim) =>
        Assert.Null(SsoRoles.Reevaluate(current, given, claim));
}
