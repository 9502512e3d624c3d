using Inventory.Api.Access.Sso;
using Inventory.Domain.Access.Users;

namespace Inventory.Api.Tests.Sso;

/// <summary>What the sign-in page says when single sign-on fails: our words and a standard error code, never the provider's (or a crafted link's) text.</summary>
public sealed class SsoFailureTests
{
    [Fact]
    public void A_standard_error_code_is_named() =>
        Assert.Equal("Single sign-on did not complete: the provider answered access_denied.", SsoFailure.CallbackReason("access_denied"));

    [Theory]
    [InlineData("Call support at +1 555 0100 at evil.example")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData(null)]
    public void Anything_else_is_left_out(string? error) =>
        Assert.Equal("Single sign-on did not complete.", SsoFailure.CallbackReason(error));

    [Fact]
    public void Nobody_can_be_called_sso_the_name_single_sign_on_acts_under()
    {
        var errors = new Dictionary<string, string[]>();
        UserFields.Username("SSO", errors);
        Assert.Contains("reserved", Assert.Single(errors["username"]));
    }
}
