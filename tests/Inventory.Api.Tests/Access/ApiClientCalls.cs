using Alba;
using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Access;

public sealed record RegisteredClient(string Id, string ClientId, string Secret, string Name);

/// <summary>Registering API clients as an admin does, and getting tokens from /connect/token as a program does.</summary>
internal static class ApiClientCalls
{
    public static async Task<RegisteredClient> RegisterClientAsync(this InventoryApp app, string name, string role)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(new { name, role }).ToUrl("/api/admin/api-clients");
            s.StatusCodeShouldBe(201);
        });
        var json = AccessApp.Json(await result.ReadAsTextAsync());
        return new RegisteredClient(json.GetProperty("id").GetString()!, json.GetProperty("clientId").GetString()!, json.GetProperty("secret").GetString()!,
            name);
    }

    /// <summary>POSTs the client-credentials form and returns the status and the JSON answer.</summary>
    public static async Task<(int Status, string Body)> RequestTokenAsync(this IAlbaHost host, string clientId, string secret,
        string grantType = "client_credentials")
    {
        var result = await host.Scenario(s =>
        {
            s.Anonymously();
            s.Post.FormData(new Dictionary<string, string> { ["grant_type"] = grantType, ["client_id"] = clientId, ["client_secret"] = secret })
                .ToUrl("/connect/token");
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsTextAsync());
    }

    public static async Task<string> TokenAsync(this IAlbaHost host, RegisteredClient client)
    {
        var (status, body) = await host.RequestTokenAsync(client.ClientId, client.Secret);
        Assert.True(status == 200, body);
        return AccessApp.Json(body).GetProperty("access_token").GetString()!;
    }
}
