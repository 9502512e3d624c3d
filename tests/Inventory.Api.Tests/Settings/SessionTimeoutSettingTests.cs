using Inventory.Api.Tests.Access;
using Inventory.Api.Tests.Harness;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Settings;

/// <summary>The session timeout in the settings is the one sessions live by (a class of its own: it lets the sessions of the fixture expire).</summary>
public sealed class SessionTimeoutSettingTests(AccessApp app) : IClassFixture<AccessApp>
{
    private async Task<int> MeStatusAsync(TestSession session) => (await app.SendAsync(s =>
    {
        s.As(session);
        s.Get.Url("/api/auth/me");
    })).Status;

    [Fact]
    public async Task A_session_idle_longer_than_the_set_timeout_ends()
    {
        await app.Host.PutAsync("/api/admin/settings", new { sessionTimeoutMinutes = 5 }, 200);
        var session = await app.UserAsync("sam", "ReadOnly");

        app.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(200, await MeStatusAsync(session));
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(401, await MeStatusAsync(session));
    }
}
