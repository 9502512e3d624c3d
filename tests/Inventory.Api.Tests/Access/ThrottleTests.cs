using System.Net;
using Alba;
using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Access;

/// <summary>
/// Five failed sign-ins for a name, or twenty from an address, within five minutes are answered 429 with Retry-After, the same
/// whether or not the user exists, until the failures age out. The failures are counted in PostgreSQL.
/// </summary>
public sealed class ThrottleTests(AccessApp app) : IClassFixture<AccessApp>
{
    private Task<(int Status, string Body, IScenarioResult Result)> SignInAsync(string username, string password, string address) =>
        app.SendAsync(s =>
        {
            s.Anonymously().Post.Json(new { username, password }).ToUrl("/api/auth/sign-in");
            s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address));
        });

    [Fact]
    public async Task A_name_is_blocked_after_five_failures_alike_for_existing_and_unknown_users_until_they_age_out()
    {
        await app.UserAsync("tina", "ReadOnly");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(401, (await SignInAsync("tina", "guess " + i, "10.1.0." + i)).Status);
            Assert.Equal(401, (await SignInAsync("no-such-tina", "guess " + i, "10.2.0." + i)).Status);
        }

        var existing = await SignInAsync("tina", InventoryApp.UserPassword, "10.1.1.1");
        var unknown = await SignInAsync("no-such-tina", "guess", "10.2.1.1");

        Assert.Equal((429, 429), (existing.Status, unknown.Status));
        Assert.Equal(AccessApp.WithoutTraceId(existing.Body), AccessApp.WithoutTraceId(unknown.Body));
        var retryAfter = int.Parse(existing.Result.Context.Response.Headers.RetryAfter.ToString());
        Assert.InRange(retryAfter, 1, 300);
        Assert.Equal(retryAfter.ToString(), unknown.Result.Context.Response.Headers.RetryAfter.ToString());

        app.Clock.Advance(TimeSpan.FromSeconds(retryAfter));
        Assert.Equal(200, (await SignInAsync("tina", InventoryApp.UserPassword, "10.1.1.1")).Status);
    }

    [Fact]
    public async Task An_address_is_blocked_after_twenty_failures_across_names_and_other_addresses_are_not()
    {
        await app.UserAsync("uma", "ReadOnly");
        for (var i = 0; i < 20; i++)
            Assert.Equal(401, (await SignInAsync("someone-" + i, "guess", "10.9.9.9")).Status);

        Assert.Equal(429, (await SignInAsync("uma", InventoryApp.UserPassword, "10.9.9.9")).Status);
        Assert.Equal(200, (await SignInAsync("uma", InventoryApp.UserPassword, "10.9.9.10")).Status);
    }

    [Fact]
    public async Task Another_instance_counts_the_same_failures()
    {
        for (var i = 0; i < 5; i++)
            await SignInAsync("vera", "guess", "10.3.0." + i);
        await using var other = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", TestDatabase.ConnectionStringAsync().GetAwaiter().GetResult());
            web.UseSetting("Inventory:Schema", app.Schema);
            web.UseSetting("Inventory:RunProjections", "false");
        });

        var result = await other.Scenario(s =>
        {
            s.Post.Json(new { username = "vera", password = "guess" }).ToUrl("/api/auth/sign-in");
            s.StatusCodeShouldBe(429);
        });

        Assert.False(string.IsNullOrEmpty(result.Context.Response.Headers.RetryAfter.ToString()));
    }

    [Fact]
    public async Task Guesses_sent_at_once_count_one_each_so_only_five_are_tried()
    {
        await app.UserAsync("wendy", "ReadOnly");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => SignInAsync("wendy", "guess " + i, "10.4.0." + i))));

        Assert.Equal(5, answers.Count(a => a.Status == 401));
        Assert.Equal(15, answers.Count(a => a.Status == 429));
    }

    [Fact]
    public async Task Changing_ones_password_shares_the_sign_in_throttle_and_a_short_new_password_is_no_guess()
    {
        var xena = await app.UserAsync("xena", "ReadOnly");
        Task<(int Status, string Body, IScenarioResult Result)> ChangeAsync(string current, string next) => app.SendAsync(s =>
            s.As(xena).Post.Json(new { currentPassword = current, newPassword = next }).ToUrl("/api/auth/change-password"));

        for (var i = 0; i < 6; i++)
            Assert.Equal(400, (await ChangeAsync(InventoryApp.UserPassword, "short")).Status);
        for (var i = 0; i < 5; i++)
            Assert.Equal(400, (await ChangeAsync("guess " + i, "a-long-enough-password")).Status);

        var refused = await ChangeAsync(InventoryApp.UserPassword, "a-long-enough-password");
        Assert.Equal(429, refused.Status);
        Assert.False(string.IsNullOrEmpty(refused.Result.Context.Response.Headers.RetryAfter.ToString()));
        Assert.Equal(429, (await SignInAsync("xena", InventoryApp.UserPassword, "10.5.0.1")).Status);
    }
}
