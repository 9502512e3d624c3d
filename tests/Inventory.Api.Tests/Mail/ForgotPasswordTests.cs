using System.Net;
using Alba;
using Inventory.Api.Access.PasswordReset;
using Inventory.Api.Tests.Access;
using Inventory.Api.Tests.Harness;
using Wolverine;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Mail;

/// <summary>
/// Forgot-password on a host without Inventory:PublicUrl: the answer is the same for everyone, the lookup happens after it, no
/// request header ever shapes a link (none is sent at all), and requests are throttled per name and per address.
/// </summary>
public sealed class ForgotPasswordTests(AccessApp app) : IClassFixture<AccessApp>
{
    private async Task<((int Status, string Body, IScenarioResult Result) Answer, ITrackedSession Tracked)> ForgotAsync(string name, string address,
        string forwardedHost = "evil.example")
    {
        (int, string, IScenarioResult) answer = default;
        var tracked = await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            answer = await app.SendAsync(s =>
            {
                s.Anonymously().Post.Json(new { usernameOrEmail = name }).ToUrl("/api/auth/forgot-password");
                s.WithRequestHeader("X-Forwarded-Host", forwardedHost);
                s.WithRequestHeader("Host", forwardedHost);
                s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address));
            })));
        return (answer, tracked);
    }

    [Fact]
    public async Task Existing_and_unknown_names_get_the_same_answer_and_are_looked_up_only_afterwards()
    {
        await app.Host.PostAsync("/api/admin/users", new { username = "opal", email = "opal@example.com", role = "ReadOnly", password = InventoryApp.UserPassword }, 201);

        var (existing, existingWork) = await ForgotAsync("opal", "10.6.0.1");
        var (unknown, unknownWork) = await ForgotAsync("nobody-at-all", "10.6.0.2");

        Assert.Equal((202, 202), (existing.Status, unknown.Status));
        Assert.Equal(existing.Body, unknown.Body);
        Assert.Equal("opal", Assert.Single(existingWork.Executed.MessagesOf<PasswordResetRequested>()).UsernameOrEmail);
        Assert.Equal("nobody-at-all", Assert.Single(unknownWork.Executed.MessagesOf<PasswordResetRequested>()).UsernameOrEmail);
    }

    [Fact]
    public async Task Without_a_public_url_no_link_is_built_from_the_request_and_the_log_says_why()
    {
        await app.Host.PostAsync("/api/admin/users", new { username = "pia", email = "pia@example.com", role = "ReadOnly", password = InventoryApp.UserPassword }, 201);
        var before = app.Logs.Lines.Count;

        var (answer, _) = await ForgotAsync("pia", "10.7.0.1");

        Assert.Equal(202, answer.Status);
        var lines = app.Logs.Lines.Skip(before).ToList();
        Assert.Contains(lines, l => l.StartsWith("Warning") && l.Contains("No reset mail sent: Inventory:PublicUrl is not set"));
        Assert.DoesNotContain(lines, l => l.Contains("reset-password?token") || l.Contains("evil.example/"));
    }

    [Fact]
    public async Task Reset_requests_are_throttled_per_name_and_per_address_alike_for_unknown_names()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(202, (await ForgotAsync("quinn-unknown", "10.8.0." + i)).Answer.Status);
        var byName = (await ForgotAsync("quinn-unknown", "10.8.1.1")).Answer;
        Assert.Equal(429, byName.Status);
        Assert.False(string.IsNullOrEmpty(byName.Result.Context.Response.Headers.RetryAfter.ToString()));

        for (var i = 0; i < 10; i++)
            Assert.Equal(202, (await ForgotAsync("someone-" + i, "10.8.2.2")).Answer.Status);
        Assert.Equal(429, (await ForgotAsync("someone-else", "10.8.2.2")).Answer.Status);
        Assert.Equal(202, (await ForgotAsync("someone-else", "10.8.2.3")).Answer.Status);
    }
}
