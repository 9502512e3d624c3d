using Inventory.Api.Access.PasswordReset;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Inventory.Api.Tests.Mail;

/// <summary>Where a reset link points: the configured public address, else the one the request came to.</summary>
public sealed class ResetLinkTests
{
    private static HttpRequest Request()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("inventory.internal:8080");
        context.Request.PathBase = "/inventory";
        return context.Request;
    }

    private static IConfiguration Configuration(string? publicUrl) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Inventory:PublicUrl"] = publicUrl }).Build();

    [Fact]
    public void Without_a_public_url_the_link_is_on_the_address_the_request_came_to() =>
        Assert.Equal("http://inventory.internal:8080/inventory/reset-password?token=a%2Bb", ResetLink.For("a+b", Request(), Configuration(null)));

    [Fact]
    public void A_public_url_wins_over_the_request() =>
        Assert.Equal("https://inventory.example.com/reset-password?token=abc", ResetLink.For("abc", Request(), Configuration("https://inventory.example.com/")));
}
