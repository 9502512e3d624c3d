using Alba;
using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Access;

/// <summary>Every response, API, refusal, error or the UI's page, carries the security headers.</summary>
public sealed class SecurityHeaderTests(AccessApp app) : IClassFixture<AccessApp>
{
    [Theory]
    [InlineData("/api/assets", false)]
    [InlineData("/api/auth/me", true)]
    [InlineData("/api/assets/ASSET-9999", false)]
    [InlineData("/health/live", true)]
    [InlineData("/", true)]
    [InlineData("/assets/some-page", true)]
    public async Task Each_response_carries_them(string url, bool anonymous)
    {
        var (_, _, result) = await app.SendAsync(s =>
        {
            if (anonymous)
                s.Anonymously();
            s.Get.Url(url);
        });

        var headers = result.Context.Response.Headers;
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("DENY", headers.XFrameOptions.ToString());
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"].ToString());
        var csp = headers.ContentSecurityPolicy.ToString();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Theory]
    [InlineData("https", "max-age=31536000")]
    [InlineData("http", "")]
    public async Task Https_responses_tell_the_browser_to_stay_on_https(string scheme, string expected)
    {
        var (_, _, result) = await app.SendAsync(s =>
        {
            s.Anonymously().Get.Url("/health/live");
            s.ConfigureHttpContext(c => c.Request.Scheme = scheme);
        });

        Assert.Equal(expected, result.Context.Response.Headers.StrictTransportSecurity.ToString());
    }
}
