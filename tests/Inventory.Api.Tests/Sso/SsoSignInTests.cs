using System.Net;
using Inventory.Api.Tests.Harness;
using Inventory.TestOidc;
using Microsoft.AspNetCore.WebUtilities;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Sso;

/// <summary>Single sign-on against a real OpenID provider on loopback: the options the sign-in page reads and the way to the provider.</summary>
public sealed class SsoSignInTests(InventoryApp app) : IClassFixture<InventoryApp>, IAsyncLifetime
{
    private const string Callback = "http://localhost/api/auth/sso/callback";
    private TestOidcProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _provider = await TestOidcProvider.StartAsync();
        _provider.RedirectUris.Add(Callback);
    }

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    private Task UseProviderAsync(TestOidcProvider provider, bool enabled = true, string displayName = "Example login") =>
        app.Host.PutAsync("/api/admin/settings", new
        {
            sso = new
            {
                enabled, displayName, issuer = provider.Issuer, clientId = provider.ClientId, clientSecret = provider.ClientSecret,
                scopes = new[] { "openid", "profile", "email" }, roleClaim = "groups", adminValue = "inventory-admins",
            },
        }, 200);

    private async Task<System.Text.Json.JsonElement> OptionsAnonymouslyAsync()
    {
        var response = await new Browser(app.Host).SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/options"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Json(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sign_in_page_is_told_whether_single_sign_on_is_offered_and_under_which_name()
    {
        await UseProviderAsync(_provider, enabled: false);
        var off = (await OptionsAnonymouslyAsync()).GetProperty("sso");
        Assert.False(off.GetProperty("enabled").GetBoolean());
        Assert.True(off.GetProperty("displayName").ValueKind == System.Text.Json.JsonValueKind.Null);
        var signIn = await new Browser(app.Host).SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/sso/sign-in"));
        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);

        await UseProviderAsync(_provider, displayName: "Example login");
        var on = (await OptionsAnonymouslyAsync()).GetProperty("sso");
        Assert.True(on.GetProperty("enabled").GetBoolean());
        Assert.Equal("Example login", on.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Sign_in_goes_to_the_provider_with_pkce_and_the_provider_returns_a_code_to_the_callback()
    {
        await UseProviderAsync(_provider);
        _provider.User = TestOidcUser.Named("erin");
        using var browser = new Browser(app.Host);

        var atCallback = await browser.FollowAsync("/api/auth/sso/sign-in?returnUrl=/assets", stopAt: uri => uri.AbsolutePath == "/api/auth/sso/callback");

        var authorize = browser.Visited.Single(u => u.AbsolutePath == "/connect/authorize");
        Assert.StartsWith(_provider.Issuer, authorize.ToString());
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(_provider.ClientId, query["client_id"].ToString());
        Assert.Equal(Callback, query["redirect_uri"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Equal(["email", "openid", "profile"], query["scope"].ToString().Split(' ').Order());
        var back = atCallback.Headers.Location!;
        Assert.StartsWith(Callback + "?", back.ToString());
        Assert.False(string.IsNullOrEmpty(QueryHelpers.ParseQuery(back.Query)["code"]));
    }

    [Fact]
    public async Task A_new_provider_in_the_settings_is_used_by_the_next_sign_in_without_a_restart()
    {
        await using var other = await TestOidcProvider.StartAsync("inventory-2", "second-secret");
        other.RedirectUris.Add(Callback);
        other.User = _provider.User = TestOidcUser.Named("frank");
        using var browser = new Browser(app.Host);

        await UseProviderAsync(_provider);
        await browser.FollowAsync("/api/auth/sso/sign-in", stopAt: uri => uri.AbsolutePath == "/api/auth/sso/callback");
        await UseProviderAsync(other);
        await browser.FollowAsync("/api/auth/sso/sign-in", stopAt: uri => uri.AbsolutePath == "/api/auth/sso/callback");

        var authorizations = browser.Visited.Where(u => u.AbsolutePath == "/connect/authorize").ToList();
        Assert.Equal(2, authorizations.Count);
        Assert.StartsWith(_provider.Issuer, authorizations[0].ToString());
        Assert.StartsWith(other.Issuer, authorizations[1].ToString());
        Assert.Equal("inventory-2", QueryHelpers.ParseQuery(authorizations[1].Query)["client_id"].ToString());
    }

    [Fact]
    public async Task An_unreachable_provider_sends_the_browser_back_to_the_sign_in_page_with_the_reason()
    {
        var gone = await TestOidcProvider.StartAsync();
        await gone.DisposeAsync();
        await UseProviderAsync(gone);

        var response = await new Browser(app.Host).SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/sso/sign-in"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?ssoError=", response.Headers.Location!.ToString());
    }
}
