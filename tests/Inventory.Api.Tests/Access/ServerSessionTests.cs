using Inventory.Api.Tests.Harness;
using Inventory.Domain.Access.SignIns;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>Sessions end on the server: a copy of an ended session's cookie gets nowhere, on any instance, since each request checks PostgreSQL.</summary>
public sealed class ServerSessionTests(AccessApp app) : IClassFixture<AccessApp>
{
    private async Task<int> MeAsync(TestSession session) => (await app.SendAsync(s => s.As(session).Get.Url("/api/auth/me"))).Status;

    /// <summary>A new user, signed in once (their only session).</summary>
    private Task<TestSession> SignInAsync(string username) => app.UserAsync(username, "ReadOnly");

    private async Task<List<System.Text.Json.JsonElement>> SessionsAsync(TestSession session)
    {
        var (status, body, _) = await app.SendAsync(s => s.As(session).Get.Url("/api/auth/sessions"));
        Assert.Equal(200, status);
        return AccessApp.Json(body).EnumerateArray().ToList();
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_no_longer_works()
    {
        var session = await SignInAsync("gina");
        Assert.Equal(200, await MeAsync(session));

        var (status, _, _) = await app.SendAsync(s => s.As(session).Post.Url("/api/auth/sign-out"));

        Assert.Equal(204, status);
        Assert.Equal(401, await MeAsync(session));
    }

    [Fact]
    public async Task A_user_sees_their_sessions_and_ends_one_of_them()
    {
        var laptop = await SignInAsync("hank");
        var phone = await TestSession.SignInAsync(app.Host, "hank", InventoryApp.UserPassword);

        var sessions = await SessionsAsync(laptop);
        Assert.Equal(2, sessions.Count);
        var other = Assert.Single(sessions, s => !s.GetProperty("current").GetBoolean());
        Assert.True(other.GetProperty("lastSeenAt").GetDateTimeOffset() >= other.GetProperty("startedAt").GetDateTimeOffset());

        var (status, _, _) = await app.SendAsync(s => s.As(laptop).Delete.Url("/api/auth/sessions/" + other.GetProperty("id").GetString()));

        Assert.Equal(204, status);
        Assert.Equal(401, await MeAsync(phone));
        Assert.Equal(200, await MeAsync(laptop));
        Assert.Single(await SessionsAsync(laptop));
    }

    [Fact]
    public async Task Nobody_ends_another_users_session_through_their_own_list()
    {
        var ivy = await SignInAsync("ivy");
        var jack = await SignInAsync("jack");
        var jacks = (await SessionsAsync(jack)).Single().GetProperty("id").GetString();

        var (status, _, _) = await app.SendAsync(s => s.As(ivy).Delete.Url("/api/auth/sessions/" + jacks));

        Assert.Equal(404, status);
        Assert.Equal(200, await MeAsync(jack));
    }

    [Fact]
    public async Task Ending_the_other_sessions_keeps_this_one()
    {
        var desk = await SignInAsync("kate");
        var home = await TestSession.SignInAsync(app.Host, "kate", InventoryApp.UserPassword);

        var (status, _, _) = await app.SendAsync(s => s.As(desk).Post.Url("/api/auth/sessions/end-others"));

        Assert.Equal(204, status);
        Assert.Equal((200, 401), (await MeAsync(desk), await MeAsync(home)));
    }

    [Fact]
    public async Task An_admin_ends_every_session_of_a_user_who_may_sign_in_again()
    {
        var session = await SignInAsync("liam");
        var id = (await app.SendAsync(s => s.Get.Url("/api/admin/users"))).Body;
        var userId = AccessApp.Json(id).EnumerateArray().Single(u => u.GetProperty("username").GetString() == "liam").GetProperty("id").GetString();

        var (status, _, _) = await app.SendAsync(s => s.Post.Url($"/api/admin/users/{userId}/end-sessions"));

        Assert.Equal(204, status);
        Assert.Equal(401, await MeAsync(session));
        Assert.Equal(200, await MeAsync(await TestSession.SignInAsync(app.Host, "liam", InventoryApp.UserPassword)));
    }

    [Fact]
    public async Task A_password_change_ends_every_earlier_session_including_a_copy_of_this_browsers_cookie()
    {
        var before = await SignInAsync("mona");
        var elsewhere = await TestSession.SignInAsync(app.Host, "mona", InventoryApp.UserPassword);

        var (status, _, result) = await app.SendAsync(s => s.As(before).Post
            .Json(new { currentPassword = InventoryApp.UserPassword, newPassword = "a-brand-new-password" }).ToUrl("/api/auth/change-password"));

        Assert.Equal(204, status);
        Assert.Equal((401, 401), (await MeAsync(before), await MeAsync(elsewhere)));
        var cookies = TestSession.SetCookies(result.Context.Response);
        var after = new TestSession("mona", $"inventory.session={cookies["inventory.session"]}", cookies["XSRF-TOKEN"]);
        Assert.Equal(200, await MeAsync(after));
    }

    [Fact]
    public async Task The_session_list_lives_in_postgresql_so_removing_a_row_signs_the_browser_out()
    {
        var session = await SignInAsync("nina");
        var id = Guid.Parse((await SessionsAsync(session)).Single().GetProperty("id").GetString()!);

        await using (var write = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            write.Delete<BrowserSession>(id);
            await write.SaveChangesAsync();
        }

        Assert.Equal(401, await MeAsync(session));
    }
}
