using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Access;

/// <summary>Changes made with the session cookie need the X-XSRF-TOKEN header matching this session; bearer requests and sign-in do not.</summary>
public sealed class CsrfTests(AccessApp app) : IClassFixture<AccessApp>
{
    private static readonly object Category = new { slug = "csrf-" + Guid.NewGuid().ToString("N")[..6], name = "CSRF" };

    [Fact]
    public async Task A_session_change_without_the_header_is_refused()
    {
        var (status, body, _) = await app.SendAsync(s =>
        {
            s.Post.Json(Category).ToUrl("/api/categories");
            s.ConfigureHttpContext(c => c.Request.Headers.Remove("X-XSRF-TOKEN"));
        });

        Assert.Equal(400, status);
        Assert.Equal("Missing or invalid CSRF token.", AccessApp.Json(body).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Another_sessions_token_or_a_made_up_one_is_refused()
    {
        var other = await app.UserAsync("olga");

        var borrowed = await app.SendAsync(s =>
        {
            s.Post.Json(Category).ToUrl("/api/categories");
            s.WithRequestHeader("X-XSRF-TOKEN", other.Xsrf);
        });
        var madeUp = await app.SendAsync(s =>
        {
            s.Post.Json(Category).ToUrl("/api/categories");
            s.WithRequestHeader("X-XSRF-TOKEN", "abc");
        });

        Assert.Equal((400, 400), (borrowed.Status, madeUp.Status));
    }

    [Fact]
    public async Task With_the_header_the_change_goes_through_and_reads_hand_out_a_script_readable_token()
    {
        var change = await app.SendAsync(s => s.Post.Json(new { slug = "csrf-ok", name = "CSRF ok" }).ToUrl("/api/categories"));
        var read = await app.SendAsync(s => s.Get.Url("/api/categories"));

        Assert.Equal(201, change.Status);
        var xsrf = Assert.Single(read.Result.Context.Response.Headers.SetCookie, c => c!.StartsWith("XSRF-TOKEN="))!;
        Assert.DoesNotContain("httponly", xsrf.ToLowerInvariant());
    }

    [Fact]
    public async Task Bearer_requests_and_sign_in_need_no_header()
    {
        var token = await app.Host.TokenAsync(await app.RegisterClientAsync("csrf-client", "Admin"));

        var byToken = await app.SendAsync(s => s.WithBearer(token).Post.Json(new { slug = "csrf-bearer", name = "By token" }).ToUrl("/api/categories"));
        var signIn = await app.SendAsync(s =>
        {
            s.Post.Json(new { username = "alice", password = InventoryApp.UserPassword }).ToUrl("/api/auth/sign-in");
            s.ConfigureHttpContext(c => c.Request.Headers.Remove("X-XSRF-TOKEN"));
        });

        Assert.Equal((201, 200), (byToken.Status, signIn.Status));
    }
}
