using Inventory.Api.Access.PasswordReset;
using Microsoft.Extensions.Configuration;

namespace Inventory.Api.Tests.Mail;

/// <summary>Where a reset link points: the configured public address and nowhere else.</summary>
public sealed class ResetLinkTests
{
    private static IConfiguration Configuration(string? publicUrl) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Inventory:PublicUrl"] = publicUrl }).Build();

    [Fact]
    public void The_link_is_on_the_public_url() =>
        Assert.Equal("https://inventory.example.com/tools/reset-password?token=a%2Bb", ResetLink.For("a+b", Configuration("https://inventory.example.com/tools/")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("inventory.example.com")]
    [InlineData("javascript:alert(1)")]
    public void Without_a_usable_public_url_there_is_no_link(string? publicUrl) => Assert.Null(ResetLink.For("abc", Configuration(publicUrl)));
}
