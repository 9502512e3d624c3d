using Alba;
using Inventory.Api.Access.Users;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;
using Inventory.Domain.Assets;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>Signing in and out with the session cookie, who am I, one's own password, and how long a session lasts.</summary>
public sealed class SessionTests(AccessApp app) : IClassFixture<AccessApp>
{
    private Task<(int Status, string Body, IScenarioResult Result)> MeAsync(TestSession? session) =>
        app.SendAsync(s =>
        {
            s.Get.Url("/api/auth/me");
            if (session is null)
                s.Anonymously();
            else
                s.As(session);
        });

    [Fact]
    public async Task Signing_in_sets_an_http_only_lax_session_cookie_and_answers_who_signed_in()
    {
        await app.UserAsync("dora", "ReadOnly");

        var (status, body, result) = await app.SendAsync(s => s.Anonymously().Post.Json(new { username = "DORA", password = InventoryApp.UserPassword })
            .ToUrl("/api/auth/sign-in"));

        Assert.Equal(200, status);
        var me = AccessApp.Json(body);
        Assert.Equal(("dora", "ReadOnly", "Local"), (me.GetProperty("username").GetString(), me.GetProperty("role").GetString(),
            me.GetProperty("authSource").GetString()));
        var session = Assert.Single(result.Context.Response.Headers.SetCookie, c => c!.StartsWith("inventory.session="))!.ToLowerInvariant();
        Assert.Contains("httponly", session);
        Assert.Contains("samesite=lax", session);
        Assert.DoesNotContain("secure", session);
        Assert.DoesNotContain("expires", session);
        var xsrf = Assert.Single(result.Context.Response.Headers.SetCookie, c => c!.StartsWith("XSRF-TOKEN="))!.ToLowerInvariant();
        Assert.DoesNotContain("httponly", xsrf);
    }

    [Fact]
    public async Task Over_https_the_session_cookie_is_secure()
    {
        await app.UserAsync("erin", "ReadOnly");

        var (_, _, result) = await app.SendAsync(s =>
        {
            s.Anonymously().Post.Json(new { username = "erin", password = InventoryApp.UserPassword }).ToUrl("/api/auth/sign-in");
            s.ConfigureHttpContext(c => c.Request.Scheme = "https");
        });

        Assert.Contains("secure", Assert.Single(result.Context.Response.Headers.SetCookie, c => c!.StartsWith("inventory.session="))!.ToLowerInvariant());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        await app.UserAsync("fred", "ReadOnly");

        var wrong = await app.SendAsync(s => s.Anonymously().Post.Json(new { username = "fred", password = "not the password" }).ToUrl("/api/auth/sign-in"));
        var unknown = await app.SendAsync(s => s.Anonymously().Post.Json(new { username = "nobody-here", password = "not the password" })
            .ToUrl("/api/auth/sign-in"));

        Assert.Equal((401, 401), (wrong.Status, unknown.Status));
        Assert.Equal("Wrong username or password.", AccessApp.Json(wrong.Body).GetProperty("detail").GetString());
        Assert.Equal(AccessApp.WithoutTraceId(wrong.Body), AccessApp.WithoutTraceId(unknown.Body));
        Assert.Equal("application/problem+json", wrong.Result.Context.Response.ContentType);
    }

    [Fact]
    public async Task Missing_credentials_are_field_problems()
    {
        var (status, body, _) = await app.SendAsync(s => s.Anonymously().Post.Json(new { username = " " }).ToUrl("/api/auth/sign-in"));

        Assert.Equal(400, status);
        Assert.Equal(["password", "username"], AccessApp.Json(body).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Nobody_signed_in_gets_a_401_problem_never_a_redirect()
    {
        var (status, _, result) = await MeAsync(null);

        Assert.Equal(401, status);
        Assert.Equal("application/problem+json", result.Context.Response.ContentType);
        Assert.False(result.Context.Response.Headers.ContainsKey("Location"));
    }

    [Fact]
    public async Task Signing_out_removes_the_cookies()
    {
        var session = await TestSession.SignInAsync(app.Host, "alice", InventoryApp.UserPassword);

        var (status, _, result) = await app.SendAsync(s => s.As(session).Post.Url("/api/auth/sign-out"));

        Assert.Equal(204, status);
        var cleared = TestSession.SetCookies(result.Context.Response);
        Assert.Equal("", cleared["inventory.session"]);
        Assert.Equal("", cleared["XSRF-TOKEN"]);
    }

    [Fact]
    public async Task A_new_password_ends_other_sessions_and_keeps_this_one()
    {
        await app.UserAsync("gina", "ReadOnly");
        var here = await TestSession.SignInAsync(app.Host, "gina", InventoryApp.UserPassword);
        var elsewhere = await TestSession.SignInAsync(app.Host, "gina", InventoryApp.UserPassword);

        var wrong = await app.SendAsync(s => s.As(here).Post.Json(new { currentPassword = "guess", newPassword = "short" }).ToUrl("/api/auth/change-password"));
        Assert.Equal(400, wrong.Status);
        Assert.Equal(["currentPassword", "newPassword"], AccessApp.Json(wrong.Body).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        var changed = await app.SendAsync(s => s.As(here).Post.Json(new { currentPassword = InventoryApp.UserPassword, newPassword = "a brand new password" })
            .ToUrl("/api/auth/change-password"));
        Assert.Equal(204, changed.Status);
        var cookies = TestSession.SetCookies(changed.Result.Context.Response);
        var renewed = here with { Cookies = $"inventory.session={cookies["inventory.session"]}; inventory.antiforgery={TokenCookie(here)}" };

        Assert.Equal(200, (await MeAsync(renewed)).Status);
        Assert.Equal(401, (await MeAsync(elsewhere)).Status);
        Assert.Equal(401, (await app.SendAsync(s => s.Anonymously().Post.Json(new { username = "gina", password = InventoryApp.UserPassword })
            .ToUrl("/api/auth/sign-in"))).Status);
        await TestSession.SignInAsync(app.Host, "gina", "a brand new password");
        var events = await EventsOfAsync("gina");
        Assert.Contains(events, e => e is UserPasswordSet { Cause.Id: "gina" });
    }

    [Fact]
    public async Task Someone_who_signs_in_through_sso_has_no_password_here()
    {
        var users = app.Host.Services.GetRequiredService<UserDirectory>();
        var (decision, carol) = await users.CreateAsync(new NewUser("carol-sso", "carol@example.com", "Carol", "ReadOnly", null), AuthSource.Oidc,
            Cause.User("sso"), CancellationToken.None);
        Assert.IsType<AccessDecision.Accepted>(decision);

        var signIn = await app.SendAsync(s => s.Anonymously().Post.Json(new { username = "carol-sso", password = "anything at all" }).ToUrl("/api/auth/sign-in"));
        var reset = await app.SendAsync(s => s.Post.Json(new { newPassword = "a long password" }).ToUrl($"/api/admin/users/{carol!.UserId}/reset-password"));

        Assert.Equal(401, signIn.Status);
        Assert.Equal(400, reset.Status);
    }

    [Fact]
    public async Task A_session_slides_with_use_and_ends_after_the_idle_timeout()
    {
        await app.UserAsync("hank", "ReadOnly");
        var session = await TestSession.SignInAsync(app.Host, "hank", InventoryApp.UserPassword);

        // Used past half its life, the cookie is renewed for another 480 minutes from now.
        app.Clock.Advance(TimeSpan.FromMinutes(300));
        var (status, _, result) = await MeAsync(session);
        Assert.Equal(200, status);
        var renewed = session with
        {
            Cookies = $"inventory.session={TestSession.SetCookies(result.Context.Response)["inventory.session"]}; inventory.antiforgery={TokenCookie(session)}",
        };
        app.Clock.Advance(TimeSpan.FromMinutes(300));
        Assert.Equal(200, (await MeAsync(renewed)).Status);
        Assert.Equal(401, (await MeAsync(session)).Status);

        app.Clock.Advance(TimeSpan.FromMinutes(481));
        Assert.Equal(401, (await MeAsync(renewed)).Status);
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_sessions_and_a_new_role_applies_at_once()
    {
        var ivan = await app.UserAsync("ivan", "ReadOnly");
        var id = AccessApp.Json((await app.SendAsync(s => s.Get.Url("/api/admin/users"))).Body).EnumerateArray()
            .Single(u => u.GetProperty("username").GetString() == "ivan").GetProperty("id").GetString();

        Assert.Equal(403, (await app.SendAsync(s => s.As(ivan).Post.Json(new { name = "x", kind = "saas" }).ToUrl("/api/assets"))).Status);
        await app.SendAsync(s => s.Put.Json(new { role = "Admin", active = true }).ToUrl($"/api/admin/users/{id}"));
        Assert.Equal("Admin", AccessApp.Json((await MeAsync(ivan)).Body).GetProperty("role").GetString());

        await app.SendAsync(s => s.Put.Json(new { role = "Admin", active = false }).ToUrl($"/api/admin/users/{id}"));
        Assert.Equal(401, (await MeAsync(ivan)).Status);
        Assert.Equal(401, (await app.SendAsync(s => s.Anonymously().Post.Json(new { username = "ivan", password = InventoryApp.UserPassword })
            .ToUrl("/api/auth/sign-in"))).Status);
    }

    private static string TokenCookie(TestSession session) =>
        session.Cookies.Split("; ").Single(c => c.StartsWith("inventory.antiforgery=")).Split('=', 2)[1];

    private async Task<IReadOnlyList<object>> EventsOfAsync(string username)
    {
        var user = await app.Host.Services.GetRequiredService<UserDirectory>().FindByUsernameAsync(username, CancellationToken.None);
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(UserStreams.Key(user!.UserId))).Select(e => e.Data).ToList();
    }
}
