using System.Net;
using System.Text.Json;
using Inventory.Api.Tests.Harness;
using Inventory.TestOidc;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Sso;

/// <summary>
/// Single sign-on end to end against a real OpenID provider on loopback: every redirect followed with one cookie jar, the code redeemed
/// by the product over real HTTP, the user created or brought up to date, and the session that results used.
/// </summary>
public sealed class SsoFlowTests(InventoryApp app) : IClassFixture<InventoryApp>, IAsyncLifetime
{
    private const string Callback = "http://localhost/api/auth/sso/callback";
    private const string AdminGroup = "inventory-admins";
    private TestOidcProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _provider = await TestOidcProvider.StartAsync();
        _provider.RedirectUris.Add(Callback);
        await UseProviderAsync(_provider);
    }

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    private Task UseProviderAsync(TestOidcProvider provider) =>
        app.Host.PutAsync("/api/admin/settings", new
        {
            sso = new
            {
                enabled = true, displayName = "Example login", issuer = provider.Issuer, clientId = provider.ClientId, clientSecret = provider.ClientSecret,
                scopes = new[] { "openid", "profile", "email" }, roleClaim = provider.RoleClaim, adminValue = AdminGroup,
            },
        }, 200);

    /// <summary>Signs in at the provider as the user and comes back; returns the browser, signed in to the product, and where it ended.</summary>
    private async Task<(Browser Browser, Uri End)> SignInAsync(TestOidcUser user, string returnUrl = "/assets")
    {
        _provider.User = user;
        var browser = new Browser(app.Host);
        var last = await browser.FollowAsync("/api/auth/sso/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl),
            stopAt: uri => uri.Host == "localhost" && !uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, last.StatusCode);
        var location = last.Headers.Location!;
        return (browser, location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location));
    }

    private static async Task<JsonElement> MeAsync(Browser browser)
    {
        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/me"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<JsonElement> UserNamedAsync(string username) =>
        Json(await app.Host.GetTextAsync("/api/admin/users")).EnumerateArray().Single(u => u.GetProperty("username").GetString() == username);

    [Fact]
    public async Task A_first_sign_in_creates_a_read_only_user_from_the_providers_claims_and_returns_to_the_page_asked_for()
    {
        var (browser, end) = await SignInAsync(TestOidcUser.Named("liam"), "/assets?service=ec2");
        using var _ = browser;

        Assert.Equal("/assets?service=ec2", end.PathAndQuery);
        var me = await MeAsync(browser);
        Assert.Equal("liam", me.GetProperty("username").GetString());
        Assert.Equal("liam@example.com", me.GetProperty("email").GetString());
        Assert.Equal("Liam Example", me.GetProperty("displayName").GetString());
        Assert.Equal("ReadOnly", me.GetProperty("role").GetString());
        Assert.Equal("Oidc", me.GetProperty("authSource").GetString());
        Assert.Equal("Oidc", (await UserNamedAsync("liam")).GetProperty("authSource").GetString());
    }

    [Fact]
    public async Task The_admin_value_in_the_role_claim_grants_admin_and_taking_it_away_takes_admin_away()
    {
        var (admin, _) = await SignInAsync(TestOidcUser.Named("mia", AdminGroup, "staff"));
        Assert.Equal("Admin", (await MeAsync(admin)).GetProperty("role").GetString());

        var (again, _) = await SignInAsync(TestOidcUser.Named("mia", "staff"));
        Assert.Equal("ReadOnly", (await MeAsync(again)).GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_role_set_by_hand_survives_later_sign_ins()
    {
        await SignInAsync(TestOidcUser.Named("noah"));
        var noah = await UserNamedAsync("noah");
        await app.Host.PutAsync($"/api/admin/users/{noah.GetProperty("id").GetString()}", new
        {
            email = "noah@example.com", displayName = "Noah Example", role = "Admin", active = true,
        }, 200);

        var (browser, _) = await SignInAsync(TestOidcUser.Named("noah"));

        Assert.Equal("Admin", (await MeAsync(browser)).GetProperty("role").GetString());
    }

    [Fact]
    public async Task E_mail_address_and_display_name_follow_the_provider_at_each_sign_in()
    {
        await SignInAsync(TestOidcUser.Named("olga"));

        var (browser, _) = await SignInAsync(TestOidcUser.Named("olga") with { Email = "olga.new@example.com", Name = "Olga Renamed" });

        var me = await MeAsync(browser);
        Assert.Equal("olga.new@example.com", me.GetProperty("email").GetString());
        Assert.Equal("Olga Renamed", me.GetProperty("displayName").GetString());
        Assert.Single(Json(await app.Host.GetTextAsync("/api/admin/users")).EnumerateArray(), u => u.GetProperty("username").GetString() == "olga");
    }

    [Fact]
    public async Task A_return_address_on_another_site_ends_on_the_home_page()
    {
        var (_, end) = await SignInAsync(TestOidcUser.Named("paul"), "https://evil.example/steal");

        Assert.Equal("http://localhost/", end.ToString());
    }

    [Fact]
    public async Task A_single_sign_on_user_has_no_password_here()
    {
        await SignInAsync(TestOidcUser.Named("quinn"));

        var signIn = await app.Host.Scenario(s =>
        {
            s.Anonymously();
            s.Post.Json(new { username = "quinn", password = "anything-at-all" }).ToUrl("/api/auth/sign-in");
            s.StatusCodeShouldBe(401);
        });
        Assert.NotNull(signIn);
        var id = (await UserNamedAsync("quinn")).GetProperty("id").GetString();
        await app.Host.PostAsync($"/api/admin/users/{id}/reset-password", new { newPassword = "a-new-password" }, 400);
    }

    [Fact]
    public async Task A_new_provider_in_the_settings_signs_people_in_without_a_restart()
    {
        await using var other = await TestOidcProvider.StartAsync("inventory-2", "second-secret");
        other.RedirectUris.Add(Callback);
        other.User = TestOidcUser.Named("rosa", AdminGroup);
        await UseProviderAsync(other);
        try
        {
            using var browser = new Browser(app.Host);
            await browser.FollowAsync("/api/auth/sso/sign-in", stopAt: uri => uri.Host == "localhost" && uri.AbsolutePath == "/");

            Assert.Contains(browser.Visited, u => u.ToString().StartsWith(other.Issuer + "connect/authorize", StringComparison.Ordinal));
            var me = await MeAsync(browser);
            Assert.Equal("rosa", me.GetProperty("username").GetString());
            Assert.Equal("Admin", me.GetProperty("role").GetString());
        }
        finally
        {
            await UseProviderAsync(_provider);
        }
    }

    [Fact]
    public async Task Single_sign_on_never_takes_over_a_local_users_name()
    {
        await app.Host.PostAsync("/api/admin/users", new { username = "uma", email = "uma.local@example.com", displayName = "Uma", role = "Admin", password = InventoryApp.UserPassword }, 201);
        _provider.User = TestOidcUser.Named("uma");
        using var browser = new Browser(app.Host);

        var last = await browser.FollowAsync("/api/auth/sso/sign-in", stopAt: uri => uri.AbsolutePath == "/sign-in");

        Assert.Contains("taken", Uri.UnescapeDataString(last.Headers.Location!.ToString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/me"))).StatusCode);
        Assert.Equal("Local", (await UserNamedAsync("uma")).GetProperty("authSource").GetString());
    }

    [Fact]
    public async Task A_person_the_provider_turns_away_is_sent_to_the_sign_in_page_with_the_reason()
    {
        _provider.User = null;
        using var browser = new Browser(app.Host);

        var last = await browser.FollowAsync("/api/auth/sso/sign-in", stopAt: uri => uri.AbsolutePath == "/sign-in");

        var location = last.Headers.Location!.ToString();
        Assert.StartsWith("/sign-in?ssoError=", location);
        Assert.Contains("denied", Uri.UnescapeDataString(location));
        var me = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }
}
