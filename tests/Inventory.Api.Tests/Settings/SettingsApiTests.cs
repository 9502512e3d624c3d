using System.Text.Json;
using Inventory.Api.Settings;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Settings;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Settings;

/// <summary>GET and PUT /api/admin/settings end to end: defaults, changes as events naming the user, secrets never returned.</summary>
public sealed class SettingsApiTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    private const string ClientSecret = "sso-client-secret-do-not-leak";
    private const string SmtpPassword = "smtp-password-do-not-leak";

    private static object Full(string? clientSecret = null, string? password = null, string interval = "Weekly", int timeout = 120) => new
    {
        sso = new
        {
            enabled = true, displayName = "Example login", issuer = "https://login.example.com/", clientId = "inventory", clientSecret,
            scopes = new[] { "openid", "profile", "email", "groups" }, roleClaim = "groups", adminValue = "inventory-admins",
        },
        email = new
        {
            mode = "Smtp", host = "smtp.example.com", port = 2525, security = "None", username = "mailer", password,
            fromAddress = "inventory@example.com", fromName = "Inventory",
        },
        discoveryInterval = interval,
        sessionTimeoutMinutes = timeout,
    };

    private async Task<List<string>> RawSettingsEventsAsync()
    {
        await using var connection = new NpgsqlConnection(await TestDatabase.ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT type, data::text FROM {app.Schema}.mt_events WHERE stream_id = @id ORDER BY version", connection);
        command.Parameters.AddWithValue("id", SettingsStream.Key);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0) + " " + reader.GetString(1));
        return rows;
    }

    [Fact]
    public async Task Settings_are_changed_read_back_and_recorded_as_events_naming_the_user_with_secrets_only_as_ciphertext()
    {
        await app.Host.PutAsync("/api/admin/settings", new { discoveryInterval = "Disabled", sessionTimeoutMinutes = 5 }, 200);
        var earlier = (await RawSettingsEventsAsync()).Count;
        var put = await app.Host.PutAsync("/api/admin/settings", Full(ClientSecret, SmtpPassword), 200);
        var get = await app.Host.GetTextAsync("/api/admin/settings");

        foreach (var body in new[] { put, get })
        {
            Assert.DoesNotContain(ClientSecret, body);
            Assert.DoesNotContain(SmtpPassword, body);
            var settings = Json(body);
            var sso = settings.GetProperty("sso");
            Assert.True(sso.GetProperty("clientSecretSet").GetBoolean());
            Assert.Equal("https://login.example.com/", sso.GetProperty("issuer").GetString());
            Assert.Equal(["openid", "profile", "email", "groups"], sso.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal("inventory-admins", sso.GetProperty("adminValue").GetString());
            var email = settings.GetProperty("email");
            Assert.Equal("Smtp", email.GetProperty("mode").GetString());
            Assert.Equal("None", email.GetProperty("security").GetString());
            Assert.Equal(2525, email.GetProperty("port").GetInt32());
            Assert.True(email.GetProperty("passwordSet").GetBoolean());
            Assert.Equal("Weekly", settings.GetProperty("discoveryInterval").GetString());
            Assert.Equal(120, settings.GetProperty("sessionTimeoutMinutes").GetInt32());
        }

        var events = (await RawSettingsEventsAsync()).Skip(earlier).ToList();
        Assert.Equal(4, events.Count);
        Assert.All(events, e => Assert.Contains("\"id\": \"alice\"", e));
        Assert.All(events, e => Assert.DoesNotContain(ClientSecret, e));
        Assert.All(events, e => Assert.DoesNotContain(SmtpPassword, e));

        await using var session = app.Store.QuerySession();
        var stored = await ProductSettingsReader.CurrentAsync(session, CancellationToken.None);
        var secrets = app.Host.Services.GetRequiredService<SettingsSecrets>();
        Assert.Equal(SmtpPassword, secrets.Reveal(stored.Email.ProtectedPassword));
        Assert.Equal(ClientSecret, secrets.Reveal(stored.Sso.ProtectedClientSecret));
        Assert.Equal(DiscoveryInterval.Weekly, stored.DiscoveryInterval);
        Assert.Equal("alice", stored.UpdatedBy);

        // The same settings again, secrets omitted: nothing changes and nothing is appended.
        Assert.True(Json(await app.Host.PutAsync("/api/admin/settings", Full(), 200)).GetProperty("email").GetProperty("passwordSet").GetBoolean());
        Assert.Equal(earlier + 4, (await RawSettingsEventsAsync()).Count);

        // Empty text clears a secret.
        var cleared = Json(await app.Host.PutAsync("/api/admin/settings", Full(clientSecret: "", password: ""), 200));
        Assert.False(cleared.GetProperty("sso").GetProperty("clientSecretSet").GetBoolean());
        Assert.False(cleared.GetProperty("email").GetProperty("passwordSet").GetBoolean());
        Assert.Equal(earlier + 6, (await RawSettingsEventsAsync()).Count);
    }

    [Fact]
    public async Task Bad_settings_are_a_problem_naming_each_field_and_change_nothing()
    {
        var before = await app.Host.GetTextAsync("/api/admin/settings");
        var problem = Json(await app.Host.PutAsync("/api/admin/settings", new
        {
            sso = new { enabled = true, issuer = "http://login.example.com/", clientId = "inventory" },
            email = new { mode = "Smtp", host = "smtp.example.com", port = 0, fromAddress = "nobody" },
            discoveryInterval = "Sometimes",
            sessionTimeoutMinutes = 100_000,
        }, 400));

        var errors = problem.GetProperty("errors");
        Assert.Equal(["discoveryInterval", "email.fromAddress", "email.port", "sessionTimeoutMinutes", "sso.issuer"],
            errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("https", errors.GetProperty("sso.issuer")[0].GetString());
        Assert.Equal(before, await app.Host.GetTextAsync("/api/admin/settings"));
    }

    [Fact]
    public async Task A_section_left_out_keeps_its_values()
    {
        await app.Host.PutAsync("/api/admin/settings", new { sessionTimeoutMinutes = 30 }, 200);
        var settings = Json(await app.Host.PutAsync("/api/admin/settings", new { discoveryInterval = "hourly" }, 200));

        Assert.Equal(30, settings.GetProperty("sessionTimeoutMinutes").GetInt32());
        Assert.Equal("Hourly", settings.GetProperty("discoveryInterval").GetString());
    }

    [Fact]
    public async Task Read_only_users_may_not_read_or_change_the_settings()
    {
        var reader = await app.UserAsync("tina", "ReadOnly");

        Assert.Equal(403, (await SendAsync(s =>
        {
            s.As(reader);
            s.Get.Url("/api/admin/settings");
        })).Status);
        Assert.Equal(403, (await SendAsync(s =>
        {
            s.As(reader);
            s.Put.Json(new { sessionTimeoutMinutes = 60 }).ToUrl("/api/admin/settings");
        })).Status);
        Assert.Equal(401, (await SendAsync(s =>
        {
            s.Anonymously();
            s.Post.Json(new { to = "x@example.com" }).ToUrl("/api/admin/settings/test-email");
        })).Status);
    }

    private async Task<(int Status, string Body)> SendAsync(Action<Alba.Scenario> request)
    {
        var result = await app.Host.Scenario(s =>
        {
            request(s);
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsTextAsync());
    }
}
