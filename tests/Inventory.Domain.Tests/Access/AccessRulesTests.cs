using Inventory.Domain.Access;

namespace Inventory.Domain.Tests.Access;

/// <summary>The one rule every endpoint follows: reads for every role, changes and administration for admins, nothing for nobody.</summary>
public sealed class AccessRulesTests
{
    [Theory]
    [InlineData("GET", "/api/assets", UserRole.ReadOnly, EndpointAccess.ByMethod, AccessVerdict.Allowed)]
    [InlineData("HEAD", "/api/assets", UserRole.ReadOnly, EndpointAccess.ByMethod, AccessVerdict.Allowed)]
    [InlineData("POST", "/api/assets", UserRole.ReadOnly, EndpointAccess.ByMethod, AccessVerdict.Forbidden)]
    [InlineData("PATCH", "/api/assets/x", UserRole.ReadOnly, EndpointAccess.ByMethod, AccessVerdict.Forbidden)]
    [InlineData("DELETE", "/api/accounts/1", UserRole.ReadOnly, EndpointAccess.ByMethod, AccessVerdict.Forbidden)]
    [InlineData("POST", "/api/assets", UserRole.Admin, EndpointAccess.ByMethod, AccessVerdict.Allowed)]
    [InlineData("DELETE", "/api/accounts/1", UserRole.Superadmin, EndpointAccess.ByMethod, AccessVerdict.Allowed)]
    [InlineData("POST", "/api/auth/sign-out", UserRole.ReadOnly, EndpointAccess.AnySignedIn, AccessVerdict.Allowed)]
    [InlineData("GET", "/api/admin/users", UserRole.ReadOnly, EndpointAccess.ByMethod, AccessVerdict.Forbidden)]
    [InlineData("GET", "/api/admin", UserRole.ReadOnly, EndpointAccess.ByMethod, AccessVerdict.Forbidden)]
    [InlineData("GET", "/api/administrators", UserRole.ReadOnly, EndpointAccess.ByMethod, AccessVerdict.Allowed)]
    [InlineData("GET", "/api/admin/settings", UserRole.Admin, EndpointAccess.ByMethod, AccessVerdict.Allowed)]
    public void A_role_may_call_what_the_method_and_path_allow(string method, string path, UserRole role, EndpointAccess access, AccessVerdict verdict) =>
        Assert.Equal(verdict, AccessRules.Decide(method, path, role, access));

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public void Nobody_signed_in_is_asked_to_sign_in(string method) =>
        Assert.Equal(AccessVerdict.SignInRequired, AccessRules.Decide(method, "/api/assets", null, EndpointAccess.AnySignedIn));
}
