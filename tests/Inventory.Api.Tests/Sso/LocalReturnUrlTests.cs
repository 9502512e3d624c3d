using Inventory.Api.Access.Sso;

namespace Inventory.Api.Tests.Sso;

/// <summary>A sign-in returns only to a path on this site: no open redirect.</summary>
public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/assets?service=ec2#top", "/assets?service=ec2#top")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/\t/evil.example/", "/")]
    [InlineData("assets", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public void Only_local_paths_are_kept(string? returnUrl, string expected) => Assert.Equal(expected, LocalReturnUrl.Sanitize(returnUrl));
}
