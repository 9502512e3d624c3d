using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Inventory.TestOidc;
using Microsoft.AspNetCore.WebUtilities;

namespace Inventory.Api.Tests.Sso;

/// <summary>The test provider speaks the protocol the product relies on: discovery, JWKS, code flow with PKCE, claims, userinfo.</summary>
public sealed class TestOidcProviderTests : IAsyncLifetime
{
    private const string RedirectUri = "http://localhost/api/auth/sso/callback";
    private TestOidcProvider _provider = null!;
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        _provider = await TestOidcProvider.StartAsync();
        _provider.RedirectUris.Add(RedirectUri);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _provider.DisposeAsync();
    }

    private async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlTextEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private async Task<HttpResponseMessage> AuthorizeAsync(string challenge, string redirectUri = RedirectUri) =>
        await _http.GetAsync(QueryHelpers.AddQueryString(_provider.Issuer + "connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = _provider.ClientId, ["redirect_uri"] = redirectUri, ["response_type"] = "code", ["scope"] = "openid profile email",
            ["state"] = "state-1", ["nonce"] = "nonce-1", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        }));

    private Task<HttpResponseMessage> RedeemAsync(string code, string verifier) =>
        _http.PostAsync(_provider.Issuer + "connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri, ["client_id"] = _provider.ClientId,
            ["client_secret"] = _provider.ClientSecret, ["code_verifier"] = verifier,
        }));

    private static JsonElement Payload(string jwt) =>
        JsonDocument.Parse(Base64UrlTextEncoder.Decode(jwt.Split('.')[1])).RootElement.Clone();

    [Fact]
    public async Task Discovery_names_the_endpoints_keys_and_pkce()
    {
        var discovery = await JsonAsync(await _http.GetAsync(_provider.Issuer + ".well-known/openid-configuration"));

        Assert.Equal(_provider.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(_provider.Issuer + "connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        var keys = await JsonAsync(await _http.GetAsync(discovery.GetProperty("jwks_uri").GetString()));
        Assert.Contains(keys.GetProperty("keys").EnumerateArray(), k => k.GetProperty("kty").GetString() == "RSA");
    }

    [Fact]
    public async Task The_chosen_user_is_approved_at_once_and_their_claims_reach_the_identity_token_and_userinfo()
    {
        _provider.User = TestOidcUser.Named("carol", "inventory-admins", "staff");
        var (verifier, challenge) = Pkce();

        var authorized = await AuthorizeAsync(challenge);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var callback = authorized.Headers.Location!;
        Assert.StartsWith(RedirectUri + "?", callback.ToString());
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-1", query["state"].ToString());
        var tokens = await JsonAsync(await RedeemAsync(query["code"].ToString(), verifier));

        var id = Payload(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(_provider.Issuer, id.GetProperty("iss").GetString());
        Assert.Equal("sub-carol", id.GetProperty("sub").GetString());
        Assert.Equal("carol", id.GetProperty("preferred_username").GetString());
        Assert.Equal("carol@example.com", id.GetProperty("email").GetString());
        Assert.Equal("Carol Example", id.GetProperty("name").GetString());
        Assert.Equal("nonce-1", id.GetProperty("nonce").GetString());
        Assert.Equal(["inventory-admins", "staff"], id.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));

        using var userinfo = new HttpRequestMessage(HttpMethod.Get, _provider.Issuer + "connect/userinfo");
        userinfo.Headers.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        var info = await JsonAsync(await _http.SendAsync(userinfo));
        Assert.Equal("sub-carol", info.GetProperty("sub").GetString());
        Assert.Equal("carol@example.com", info.GetProperty("email").GetString());
        Assert.Equal(["inventory-admins", "staff"], info.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task A_code_needs_its_verifier_and_an_unregistered_redirect_or_nobody_signed_in_gets_no_code()
    {
        _provider.User = TestOidcUser.Named("dave");
        var (_, challenge) = Pkce();
        var code = QueryHelpers.ParseQuery((await AuthorizeAsync(challenge)).Headers.Location!.Query)["code"].ToString();
        var wrongVerifier = await RedeemAsync(code, Pkce().Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.Contains("invalid_grant", await wrongVerifier.Content.ReadAsStringAsync());

        var elsewhere = await AuthorizeAsync(challenge, "http://attacker.example/cb");
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);

        _provider.User = null;
        var denied = await AuthorizeAsync(challenge);
        Assert.Equal("access_denied", QueryHelpers.ParseQuery(denied.Headers.Location!.Query)["error"].ToString());
    }
}
