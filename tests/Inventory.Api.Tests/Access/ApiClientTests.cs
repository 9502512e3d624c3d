using Alba;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Access.ApiClients;
using Marten;

namespace Inventory.Api.Tests.Access;

/// <summary>
/// API clients get tokens from /connect/token by client credentials and call the API with their role; a disabled or removed
/// client's tokens stop at the next request; the secret is shown once and never logged.
/// </summary>
public sealed class ApiClientTests(AccessApp app) : IClassFixture<AccessApp>
{
    private Task<(int Status, string Body, IScenarioResult Result)> CallAsync(string token, Action<Scenario> request) =>
        app.SendAsync(s =>
        {
            request(s);
            s.WithBearer(token);
        });

    [Fact]
    public async Task The_secret_is_shown_once_and_a_token_calls_the_api_with_the_clients_role()
    {
        var reader = await app.RegisterClientAsync("reporting", "ReadOnly");
        var listed = (await app.SendAsync(s => s.Get.Url("/api/admin/api-clients"))).Body;
        Assert.Contains(reader.ClientId, listed);
        Assert.DoesNotContain(reader.Secret, listed);
        Assert.DoesNotContain("secret", listed, StringComparison.OrdinalIgnoreCase);

        var (status, body) = await app.Host.RequestTokenAsync(reader.ClientId, reader.Secret);
        Assert.Equal(200, status);
        var answer = AccessApp.Json(body);
        Assert.Equal("Bearer", answer.GetProperty("token_type").GetString());
        Assert.InRange(answer.GetProperty("expires_in").GetInt32(), 3000, 3600);
        var token = answer.GetProperty("access_token").GetString()!;

        Assert.Equal(200, (await CallAsync(token, s => s.Get.Url("/api/assets"))).Status);
        var me = AccessApp.Json((await CallAsync(token, s => s.Get.Url("/api/auth/me"))).Body);
        Assert.Equal(("api:reporting", "ReadOnly"), (me.GetProperty("username").GetString(), me.GetProperty("role").GetString()));
        Assert.Equal(403, (await CallAsync(token, s => s.Post.Json(new { name = "Wiki", kind = "saas" }).ToUrl("/api/assets"))).Status);
        Assert.Equal(403, (await CallAsync(token, s => s.Get.Url("/api/admin/users"))).Status);
    }

    [Fact]
    public async Task An_admin_clients_changes_name_it_as_api_client()
    {
        var token = await app.Host.TokenAsync(await app.RegisterClientAsync("Deploy bot", "Admin"));

        var (status, body, _) = await CallAsync(token, s => s.Post.Json(new { name = "Deployed app", kind = "self-hosted" }).ToUrl("/api/assets"));

        Assert.Equal(201, status);
        var assetId = AccessApp.Json(body).GetProperty("id").GetString()!;
        await using var session = app.Store.QuerySession();
        var created = (await session.Events.FetchStreamAsync(assetId)).Select(e => e.Data).First();
        Assert.Equal("api:Deploy bot", ((dynamic)created).Cause.Id);
    }

    [Fact]
    public async Task Disabling_a_client_stops_its_tokens_at_the_next_request_and_enabling_it_restores_them()
    {
        var client = await app.RegisterClientAsync("nightly", "ReadOnly");
        var token = await app.Host.TokenAsync(client);
        Assert.Equal(200, (await CallAsync(token, s => s.Get.Url("/api/assets"))).Status);

        Assert.Equal(200, (await app.SendAsync(s => s.Put.Json(new { name = "nightly", role = "ReadOnly", active = false })
            .ToUrl($"/api/admin/api-clients/{client.Id}"))).Status);

        var refused = await CallAsync(token, s => s.Get.Url("/api/assets"));
        Assert.Equal(401, refused.Status);
        Assert.Equal("application/problem+json", refused.Result.Context.Response.ContentType);
        Assert.Equal("invalid_client", AccessApp.Json((await app.Host.RequestTokenAsync(client.ClientId, client.Secret)).Body).GetProperty("error").GetString());

        await app.SendAsync(s => s.Put.Json(new { name = "nightly", role = "Admin", active = true }).ToUrl($"/api/admin/api-clients/{client.Id}"));
        Assert.Equal("Admin", AccessApp.Json((await CallAsync(token, s => s.Get.Url("/api/auth/me"))).Body).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Deleting_a_client_stops_its_tokens_and_frees_its_name()
    {
        var client = await app.RegisterClientAsync("temporary", "ReadOnly");
        var token = await app.Host.TokenAsync(client);

        Assert.Equal(204, (await app.SendAsync(s => s.Delete.Url($"/api/admin/api-clients/{client.Id}"))).Status);

        Assert.Equal(401, (await CallAsync(token, s => s.Get.Url("/api/assets"))).Status);
        Assert.Equal(404, (await app.SendAsync(s => s.Delete.Url($"/api/admin/api-clients/{client.Id}"))).Status);
        await app.RegisterClientAsync("temporary", "ReadOnly");
        await using var session = app.Store.QuerySession();
        var events = (await session.Events.FetchStreamAsync(ApiClientStreams.Key(client.Id))).Select(e => e.Data).ToList();
        Assert.Equal([typeof(ApiClientRegistered), typeof(ApiClientRemoved)], events.Select(e => e.GetType()));
        Assert.All(events, e => Assert.Equal("alice", ((dynamic)e).Cause.Id));
    }

    [Fact]
    public async Task Wrong_credentials_a_forged_token_and_other_grants_are_refused()
    {
        var client = await app.RegisterClientAsync("strict", "ReadOnly");

        var wrongSecret = await app.Host.RequestTokenAsync(client.ClientId, client.Secret + "x");
        var unknown = await app.Host.RequestTokenAsync("inventory-nobody", client.Secret);
        var password = await app.Host.RequestTokenAsync(client.ClientId, client.Secret, "password");

        Assert.Equal("invalid_client", AccessApp.Json(wrongSecret.Body).GetProperty("error").GetString());
        Assert.Equal("invalid_client", AccessApp.Json(unknown.Body).GetProperty("error").GetString());
        Assert.Equal(400, password.Status);
        Assert.Equal(401, (await CallAsync("not-a-token", s => s.Get.Url("/api/assets"))).Status);
    }

    [Fact]
    public async Task A_duplicate_name_is_a_409_and_bad_input_a_400()
    {
        await app.RegisterClientAsync("unique-name", "ReadOnly");

        var duplicate = await app.SendAsync(s => s.Post.Json(new { name = "Unique-Name", role = "ReadOnly" }).ToUrl("/api/admin/api-clients"));
        var bad = await app.SendAsync(s => s.Post.Json(new { name = "", role = "Superadmin" }).ToUrl("/api/admin/api-clients"));

        Assert.Equal((409, 400), (duplicate.Status, bad.Status));
        Assert.Equal(["name", "role"], AccessApp.Json(bad.Body).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task A_token_from_one_instance_works_on_another()
    {
        var token = await app.Host.TokenAsync(await app.RegisterClientAsync("shared", "ReadOnly"));
        await using var other = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", TestDatabase.ConnectionStringAsync().GetAwaiter().GetResult());
            web.UseSetting("Inventory:Schema", app.Schema);
            web.UseSetting("Inventory:RunProjections", "false");
        });

        var result = await other.Scenario(s =>
        {
            s.WithBearer(token).Get.Url("/api/auth/me");
            s.StatusCodeShouldBeOk();
        });

        Assert.Equal("api:shared", AccessApp.Json(await result.ReadAsTextAsync()).GetProperty("username").GetString());
    }

    [Fact]
    public async Task Neither_secrets_nor_passwords_reach_the_log()
    {
        var client = await app.RegisterClientAsync("quiet", "ReadOnly");
        var token = await app.Host.TokenAsync(client);
        await app.SendAsync(s => s.Post.Json(new { username = "alice", password = "a wrong password guess" }).ToUrl("/api/auth/sign-in"));
        await TestSession.SignInAsync(app.Host, "alice", InventoryApp.UserPassword);

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(client.Secret) || l.Contains(token) || l.Contains("a wrong password guess")
                                                  || l.Contains(InventoryApp.UserPassword) || l.Contains(InventoryApp.SuperadminPassword));
    }
}
