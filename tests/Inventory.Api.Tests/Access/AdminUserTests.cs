using Inventory.Api.Access.Users;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Access.Users;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>Admins list, create, change, reset and delete users; the superadmin and not-yourself rules hold; every change names the admin.</summary>
public sealed class AdminUserTests(AccessApp app) : IClassFixture<AccessApp>
{
    private async Task<string> IdOfAsync(string username) =>
        (await app.Host.Services.GetRequiredService<UserDirectory>().FindByUsernameAsync(username, CancellationToken.None))!.UserId;

    private async Task<IReadOnlyList<object>> EventsOfAsync(string userId)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(UserStreams.Key(userId))).Select(e => e.Data).ToList();
    }

    [Fact]
    public async Task An_admin_creates_changes_resets_and_deletes_a_user_and_each_event_names_them()
    {
        var created = await app.SendAsync(s => s.Post.Json(new
        {
            username = "paula", email = "paula@example.com", displayName = "Paula P", role = "ReadOnly", password = "first password",
        }).ToUrl("/api/admin/users"));
        Assert.Equal(201, created.Status);
        var user = AccessApp.Json(created.Body);
        var id = user.GetProperty("id").GetString()!;
        Assert.Equal($"/api/admin/users/{id}", created.Result.Context.Response.Headers.Location.ToString());
        Assert.Equal(("paula", "paula@example.com", "Paula P", "ReadOnly", true, "Local"), (user.GetProperty("username").GetString(),
            user.GetProperty("email").GetString(), user.GetProperty("displayName").GetString(), user.GetProperty("role").GetString(),
            user.GetProperty("active").GetBoolean(), user.GetProperty("authSource").GetString()));
        Assert.DoesNotContain("hash", created.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("first password", created.Body);

        var changed = await app.SendAsync(s => s.Put.Json(new { email = "pp@example.com", displayName = "Paula", role = "Admin", active = false })
            .ToUrl($"/api/admin/users/{id}"));
        Assert.Equal(200, changed.Status);
        Assert.Equal(("Admin", false), (AccessApp.Json(changed.Body).GetProperty("role").GetString(), AccessApp.Json(changed.Body).GetProperty("active").GetBoolean()));
        Assert.Equal(204, (await app.SendAsync(s => s.Post.Json(new { newPassword = "second password" }).ToUrl($"/api/admin/users/{id}/reset-password"))).Status);
        Assert.Equal(200, (await app.SendAsync(s => s.Get.Url($"/api/admin/users/{id}"))).Status);
        Assert.Equal(204, (await app.SendAsync(s => s.Delete.Url($"/api/admin/users/{id}"))).Status);
        Assert.Equal(404, (await app.SendAsync(s => s.Get.Url($"/api/admin/users/{id}"))).Status);
        Assert.DoesNotContain(AccessApp.Json((await app.SendAsync(s => s.Get.Url("/api/admin/users"))).Body).EnumerateArray(),
            u => u.GetProperty("id").GetString() == id);

        var events = await EventsOfAsync(id);
        Assert.Equal([typeof(UserCreated), typeof(UserDetailsChanged), typeof(UserRoleChanged), typeof(UserDeactivated), typeof(UserPasswordSet),
            typeof(UserDeleted)], events.Select(e => e.GetType()));
        Assert.All(events, e => Assert.Equal("alice", ((dynamic)e).Cause.Id));

        // The name and address are free again.
        Assert.Equal(201, (await app.SendAsync(s => s.Post.Json(new { username = "Paula", email = "pp@example.com", role = "ReadOnly", password = "x password" })
            .ToUrl("/api/admin/users"))).Status);
    }

    [Fact]
    public async Task A_taken_username_or_email_is_a_409_naming_the_field_and_bad_input_a_400()
    {
        await app.SendAsync(s => s.Post.Json(new { username = "quinn", email = "quinn@example.com", role = "ReadOnly", password = "long enough" })
            .ToUrl("/api/admin/users"));

        var name = await app.SendAsync(s => s.Post.Json(new { username = "QUINN", role = "ReadOnly", password = "long enough" }).ToUrl("/api/admin/users"));
        var email = await app.SendAsync(s => s.Post.Json(new { username = "quinn2", email = "Quinn@Example.com", role = "ReadOnly", password = "long enough" })
            .ToUrl("/api/admin/users"));
        var bad = await app.SendAsync(s => s.Post.Json(new { username = "has space", role = "Boss", password = "short" }).ToUrl("/api/admin/users"));

        Assert.Equal((409, 409, 400), (name.Status, email.Status, bad.Status));
        Assert.True(AccessApp.Json(name.Body).GetProperty("errors").TryGetProperty("username", out _));
        Assert.True(AccessApp.Json(email.Body).GetProperty("errors").TryGetProperty("email", out _));
        Assert.Equal(["password", "role", "username"], AccessApp.Json(bad.Body).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task The_superadmin_cannot_be_deleted_demoted_or_deactivated_nor_its_password_reset_by_an_admin()
    {
        var root = await IdOfAsync("superadmin");

        Assert.Equal(409, (await app.SendAsync(s => s.Delete.Url($"/api/admin/users/{root}"))).Status);
        Assert.Equal(409, (await app.SendAsync(s => s.Put.Json(new { role = "Admin", active = true }).ToUrl($"/api/admin/users/{root}"))).Status);
        Assert.Equal(409, (await app.SendAsync(s => s.Put.Json(new { role = "Superadmin", active = false }).ToUrl($"/api/admin/users/{root}"))).Status);
        Assert.Equal(403, (await app.SendAsync(s => s.Post.Json(new { newPassword = "taken over" }).ToUrl($"/api/admin/users/{root}/reset-password"))).Status);
        var alice = await IdOfAsync("alice");
        Assert.Equal(400, (await app.SendAsync(s => s.Put.Json(new { role = "Superadmin", active = true }).ToUrl($"/api/admin/users/{alice}"))).Status);
        Assert.Equal(200, (await app.SendAsync(s => s.As(app.Superadmin).Put.Json(new { displayName = "Root", role = "Superadmin", active = true })
            .ToUrl($"/api/admin/users/{root}"))).Status);
    }

    [Fact]
    public async Task Nobody_deletes_or_deactivates_themselves()
    {
        var alice = await IdOfAsync("alice");

        var delete = await app.SendAsync(s => s.Delete.Url($"/api/admin/users/{alice}"));
        var deactivate = await app.SendAsync(s => s.Put.Json(new { role = "Admin", active = false }).ToUrl($"/api/admin/users/{alice}"));

        Assert.Equal((409, 409), (delete.Status, deactivate.Status));
        Assert.Equal("You cannot delete yourself.", AccessApp.Json(delete.Body).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_reset_password_works_for_sign_in_and_ends_the_users_sessions()
    {
        var rob = await app.UserAsync("rob", "ReadOnly");

        var id = await IdOfAsync("rob");
        await app.SendAsync(s => s.Post.Json(new { newPassword = "reset by alice" }).ToUrl($"/api/admin/users/{id}/reset-password"));

        Assert.Equal(401, (await app.SendAsync(s => s.As(rob).Get.Url("/api/auth/me"))).Status);
        await TestSession.SignInAsync(app.Host, "rob", "reset by alice");
    }

    [Fact]
    public async Task The_list_shows_when_each_user_last_signed_in()
    {
        await app.UserAsync("sam", "ReadOnly");

        var sam = AccessApp.Json((await app.SendAsync(s => s.Get.Url("/api/admin/users"))).Body).EnumerateArray()
            .Single(u => u.GetProperty("username").GetString() == "sam");

        Assert.Equal(System.Text.Json.JsonValueKind.String, sam.GetProperty("lastSignInAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.String, sam.GetProperty("createdAt").ValueKind);
    }
}
