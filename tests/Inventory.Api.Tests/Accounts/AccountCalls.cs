using System.Text.Json;
using Alba;
using Inventory.Api.Tests.Harness;
using Npgsql;

namespace Inventory.Api.Tests.Accounts;

/// <summary>Account requests as the signed-in admin alice sends them, answered as raw text so tests can search it for secrets.</summary>
internal static class AccountCalls
{
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public const string ExternalId = "external-id-do-not-leak";

    public static object Management(string id, string? secret = SecretAccessKey) => new
    {
        accountId = id, displayName = "Org root " + id, kind = "management", environment = "shared", regions = new[] { "eu-west-1", "us-east-1" },
        credentials = new { type = "accessKey", accessKeyId = "AKIAIOSFODNN7EXAMPLE", secretAccessKey = secret },
    };

    public static object Member(string id, string managementId) => new
    {
        accountId = id, displayName = "Workload " + id, kind = "member", environment = "development", regions = Array.Empty<string>(),
        credentials = new { type = "assumeRole", managementAccountId = managementId, externalId = ExternalId },
    };

    public static Task<string> PostAsync(this IAlbaHost host, string url, object? body, int status) =>
        SendAsync(host, s =>
        {
            if (body is null)
                s.Post.Url(url);
            else
                s.Post.Json(body).ToUrl(url);
        }, status);

    public static Task<string> PutAsync(this IAlbaHost host, string url, object body, int status) =>
        SendAsync(host, s => s.Put.Json(body).ToUrl(url), status);

    public static Task<string> PatchJsonAsync(this IAlbaHost host, string url, object body, int status) =>
        SendAsync(host, s => s.Patch.Json(body).ToUrl(url), status);

    public static Task<string> DeleteAsync(this IAlbaHost host, string url, int status) => SendAsync(host, s => s.Delete.Url(url), status);

    public static async Task<string> GetTextAsync(this IAlbaHost host, string url, int status = 200) =>
        await SendAsync(host, s => s.Get.Url(url), status);

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    /// <summary>The raw JSON of an account stream's events, as PostgreSQL holds them.</summary>
    public static async Task<List<string>> RawEventsAsync(string schema, string accountId)
    {
        await using var connection = new NpgsqlConnection(await TestDatabase.ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT type, data::text FROM {schema}.mt_events WHERE stream_id = @id ORDER BY version", connection);
        command.Parameters.AddWithValue("id", "account:" + accountId);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0) + " " + reader.GetString(1));
        return rows;
    }

    private static async Task<string> SendAsync(IAlbaHost host, Action<Scenario> request, int status)
    {
        var result = await host.Scenario(s =>
        {
            request(s);
            s.StatusCodeShouldBe(status);
        });
        return await result.ReadAsTextAsync();
    }
}
