using Alba;
using Inventory.Api.Tests.Harness;
using Microsoft.AspNetCore.Hosting;

namespace Inventory.Api.Tests.Hosting;

/// <summary>A host told that a proxy is the only way in: it reads the client's scheme and address from X-Forwarded-*.</summary>
public sealed class BehindProxyApp : InventoryApp
{
    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Inventory:Proxy:ForwardedHeaders", "true");
}

public sealed class ProxyHeadersTests(BehindProxyApp app) : IClassFixture<BehindProxyApp>
{
    [Fact]
    public async Task Behind_a_tls_proxy_the_session_cookie_is_secure()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Anonymously();
            s.WithRequestHeader("X-Forwarded-Proto", "https");
            s.WithRequestHeader("X-Forwarded-For", "203.0.113.20");
            s.Post.Json(new { username = "superadmin", password = InventoryApp.SuperadminPassword }).ToUrl("/api/auth/sign-in");
            s.StatusCodeShouldBeOk();
        });

        var session = Assert.Single(result.Context.Response.Headers.SetCookie, c => c!.StartsWith("inventory.session=", StringComparison.Ordinal));
        Assert.Contains("secure", session!.ToLowerInvariant());
    }

    [Fact]
    public async Task Sign_in_throttling_counts_the_address_the_proxy_names()
    {
        for (var attempt = 0; attempt < 20; attempt++)
            await SignInAsync("nobody-" + attempt, "198.51.100.7", 401);

        await SignInAsync("nobody-20", "198.51.100.7", 429);
        await SignInAsync("nobody-21", "198.51.100.8", 401);
    }

    private Task SignInAsync(string username, string forwardedFor, int status) => app.Host.Scenario(s =>
    {
        s.Anonymously();
        s.WithRequestHeader("X-Forwarded-For", forwardedFor);
        s.Post.Json(new { username, password = "not-the-password" }).ToUrl("/api/auth/sign-in");
        s.StatusCodeShouldBe(status);
    });
}

public sealed class DirectHeadersTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    [Fact]
    public async Task Without_a_proxy_a_forwarded_scheme_is_ignored()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Anonymously();
            s.WithRequestHeader("X-Forwarded-Proto", "https");
            s.Post.Json(new { username = "superadmin", password = InventoryApp.SuperadminPassword }).ToUrl("/api/auth/sign-in");
            s.StatusCodeShouldBeOk();
        });

        var session = Assert.Single(result.Context.Response.Headers.SetCookie, c => c!.StartsWith("inventory.session=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", session!.ToLowerInvariant());
    }
}
