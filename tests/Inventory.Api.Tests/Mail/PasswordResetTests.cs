using System.Text.RegularExpressions;
using Alba;
using Inventory.Api.Tests.Access;
using Inventory.Api.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Mail;

/// <summary>The host with mail going to a real SMTP server on loopback and reset links on a configured public address.</summary>
public sealed class PasswordResetApp : AccessApp
{
    public const string PublicUrl = "https://inventory.example.com";
    public SmtpInbox Inbox { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Inbox = await SmtpInbox.StartAsync();
        await base.InitializeAsync();
        await Host.PutAsync("/api/admin/settings", new
        {
            email = new { mode = "Smtp", host = "127.0.0.1", port = Inbox.Port, security = "None", fromAddress = "inventory@example.com" },
        }, 200);
    }

    protected override void Configure(IWebHostBuilder web)
    {
        base.Configure(web);
        web.UseSetting("Inventory:PublicUrl", PublicUrl);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Inbox.DisposeAsync();
    }
}

/// <summary>Forgotten passwords end to end: the link is read back from the mail the SMTP server received, and it works once, for an hour.</summary>
public sealed partial class PasswordResetTests(PasswordResetApp app) : IClassFixture<PasswordResetApp>
{
    [GeneratedRegex(@"https://inventory\.example\.com/reset-password\?token=(?<token>[A-Za-z0-9_%-]+)")]
    private static partial Regex Link();

    private async Task<string> LocalUserAsync(string username) =>
        Json(await app.Host.PostAsync("/api/admin/users", new
        {
            username, email = username + "@example.com", displayName = username + " Example", role = "ReadOnly", password = InventoryApp.UserPassword,
        }, 201)).GetProperty("id").GetString()!;

    private Task<(int Status, string Body, IScenarioResult Result)> AnonymousAsync(string url, object body) =>
        app.SendAsync(s =>
        {
            s.Anonymously();
            s.Post.Json(body).ToUrl(url);
        });

    private async Task<string> RequestLinkAsync(string usernameOrEmail, string expectedTo)
    {
        var r = await AnonymousAsync("/api/auth/forgot-password", new { usernameOrEmail });
        Assert.True(202 == r.Status, r.Body + string.Join("\n", app.Logs.Lines.Where(l => l.Contains("Exception")).Take(3)));
        var mail = await app.Inbox.NextAsync();
        Assert.Equal(expectedTo, mail.To.Mailboxes.Single().Address);
        Assert.Equal("Reset your Inventory password", mail.Subject);
        return Uri.UnescapeDataString(Link().Match(mail.TextBody ?? "").Groups["token"].Value);
    }

    private async Task<int> SignInStatusAsync(string username, string password) =>
        (await AnonymousAsync("/api/auth/sign-in", new { username, password })).Status;

    [Fact]
    public async Task The_mailed_link_sets_a_new_password_once()
    {
        await LocalUserAsync("grace");
        var token = await RequestLinkAsync("grace@example.com", "grace@example.com");
        Assert.NotEmpty(token);

        Assert.Equal(204, (await AnonymousAsync("/api/auth/reset-password", new { token, newPassword = "a-new-password" })).Status);

        Assert.Equal(200, await SignInStatusAsync("grace", "a-new-password"));
        Assert.Equal(401, await SignInStatusAsync("grace", InventoryApp.UserPassword));
        var again = await AnonymousAsync("/api/auth/reset-password", new { token, newPassword = "another-password" });
        Assert.Equal(400, again.Status);
        Assert.True(Json(again.Body).GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(200, await SignInStatusAsync("grace", "a-new-password"));
    }

    [Fact]
    public async Task A_link_older_than_an_hour_fails()
    {
        await LocalUserAsync("heidi");
        var token = await RequestLinkAsync("heidi", "heidi@example.com");

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        var late = await AnonymousAsync("/api/auth/reset-password", new { token, newPassword = "a-new-password" });

        Assert.Equal(400, late.Status);
        Assert.Contains("expired", Json(late.Body).GetProperty("errors").GetProperty("token")[0].GetString());
        Assert.Equal(200, await SignInStatusAsync("heidi", InventoryApp.UserPassword));
    }

    [Fact]
    public async Task A_weak_password_is_refused_without_using_up_the_link_and_a_newer_password_makes_the_link_stale()
    {
        await LocalUserAsync("ivy");
        var first = await RequestLinkAsync("ivy", "ivy@example.com");
        var second = await RequestLinkAsync("ivy", "ivy@example.com");

        var weak = await AnonymousAsync("/api/auth/reset-password", new { token = first, newPassword = "short" });
        Assert.Equal(400, weak.Status);
        Assert.True(Json(weak.Body).GetProperty("errors").TryGetProperty("newPassword", out _));
        Assert.Equal(204, (await AnonymousAsync("/api/auth/reset-password", new { token = first, newPassword = "long-enough-now" })).Status);
        Assert.Equal(400, (await AnonymousAsync("/api/auth/reset-password", new { token = second, newPassword = "yet-another-one" })).Status);
    }

    [Fact]
    public async Task Nobody_unknown_inactive_or_without_a_local_password_gets_a_mail_and_the_answer_is_the_same()
    {
        var jack = await LocalUserAsync("jack");
        await app.Host.PutAsync($"/api/admin/users/{jack}", new { email = "jack@example.com", displayName = "Jack", role = "ReadOnly", active = false }, 200);
        await LocalUserAsync("kate");

        Assert.Equal(202, (await AnonymousAsync("/api/auth/forgot-password", new { usernameOrEmail = "nobody@example.com" })).Status);
        Assert.Equal(202, (await AnonymousAsync("/api/auth/forgot-password", new { usernameOrEmail = "jack" })).Status);
        // Mail leaves in order: the next message in the inbox is kate's, so none went to nobody or to jack.
        await RequestLinkAsync("kate", "kate@example.com");
        Assert.True(app.Inbox.IsEmpty);
    }

    [Fact]
    public async Task Nonsense_tokens_are_a_problem_naming_the_token() =>
        Assert.True(Json((await AnonymousAsync("/api/auth/reset-password", new { token = "not-a-token", newPassword = "a-new-password" })).Body)
            .GetProperty("errors").TryGetProperty("token", out _));
}
