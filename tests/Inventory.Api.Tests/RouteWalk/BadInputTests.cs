using System.Text;
using System.Text.Json;
using Inventory.Api.Hosting;
using Inventory.Api.Tests.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.RouteWalk;

/// <summary>The classes of bad input the route walk found answering 500: each is now a 400 naming what was wrong, logged as one line.</summary>
public sealed class BadInputTests(AccessApp app) : IClassFixture<AccessApp>
{
    private async Task<(int Status, JsonElement Problem)> SendAsync(string method, string url, string? body = null)
    {
        using var client = app.Host.Server.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("Cookie", app.Alice.Cookies);
        request.Headers.Add("X-XSRF-TOKEN", app.Alice.Xsrf);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.TrimStart().StartsWith('{') ? AccessApp.Json(text) : default);
    }

    private static void AssertNames(JsonElement problem, string field) =>
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"no error for '{field}' in {problem}");

    [Fact]
    public async Task A_null_body_is_a_400_naming_the_body_on_every_route_that_requires_one()
    {
        var document = JsonDocument.Parse(await app.Host.GetTextAsync("/openapi/v1.json")).RootElement;
        // A handler taking a nullable body (discover every account, decommission without a reason) accepts null; every other body is required.
        var optional = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<JsonBodyMetadata>() is { Optional: true }).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToList();
        Assert.Equal(["/api/assets/{id}/decommission", "/api/discovery-jobs"], optional.Order());
        var routes = (from path in document.GetProperty("paths").EnumerateObject()
            from operation in path.Value.EnumerateObject()
            where operation.Value.TryGetProperty("requestBody", out var body)
                  && body.GetProperty("content").TryGetProperty("application/json", out _)
                  && !optional.Contains(path.Name)
            select (Method: operation.Name.ToUpperInvariant(), Url: path.Name.Replace("{", "").Replace("}", ""))).ToList();
        Assert.Contains(("PUT", "/api/admin/settings"), routes);
        Assert.True(routes.Count >= 20, $"only {routes.Count} routes take a body");

        foreach (var (method, url) in routes)
        {
            var (status, problem) = await SendAsync(method, url, "null");
            Assert.True(status == 400, $"{method} {url} answered {status} to a null body");
            AssertNames(problem, "body");
        }
    }

    [Fact]
    public async Task An_optional_body_may_still_be_null()
    {
        var (status, problem) = await SendAsync("POST", "/api/discovery-jobs", "null");

        // Read as "every active account": this host has none, which is the refusal it gives.
        Assert.Equal(400, status);
        AssertNames(problem, "accountIds");
    }

    [Theory]
    [InlineData("/api/assets?accountId=%00", "accountId")]
    [InlineData("/api/assets?owner=a%00b", "owner")]
    [InlineData("/api/assets?q=%00", "q")]
    [InlineData("/api/assets/export.csv?department=%00", "department")]
    [InlineData("/api/assets/filter-options?region=%00", "region")]
    [InlineData("/api/audit?accountId=%00", "accountId")]
    [InlineData("/api/assets/as-of?at=2026-01-01T00:00:00Z&owner=%00", "owner")]
    public async Task A_nul_character_in_a_query_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var (status, problem) = await SendAsync("GET", url);

        Assert.Equal(400, status);
        AssertNames(problem, parameter);
    }

    [Theory]
    [InlineData("POST", "/api/admin/users", """{"username":"a\u0000b","displayName":"A","role":"Admin","password":"long-enough-password"}""", "username")]
    [InlineData("POST", "/api/categories", """{"slug":"x\u0000","name":"X"}""", "slug")]
    [InlineData("POST", "/api/auth/sign-in", """{"username":"alice","password":"p\u0000"}""", "password")]
    [InlineData("PUT", "/api/categories/service-mapping/ec2", """{"category":"\u0000"}""", "category")]
    public async Task A_nul_character_in_a_text_field_is_a_400_naming_the_field(string method, string url, string body, string field)
    {
        var (status, problem) = await SendAsync(method, url, body);

        Assert.Equal(400, status);
        AssertNames(problem, field);
    }

    [Theory]
    [InlineData("humanId", "not-a-number")]
    [InlineData("criticality", "1.5")]
    [InlineData("firstSeenAt", "yesterday")]
    [InlineData("lastChangedAt", "2026-13-45")]
    [InlineData("name", "a\u0000")]
    public async Task A_hand_edited_cursor_whose_value_does_not_parse_is_a_400_naming_cursor(string sort, string value)
    {
        var cursor = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { Sort = sort, Descending = false, Value = value, Id = "asset-1" }))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var (status, problem) = await SendAsync("GET", $"/api/assets?sort={sort}&cursor={cursor}");

        Assert.Equal(400, status);
        AssertNames(problem, "cursor");
    }

    [Theory]
    [InlineData("{\"slug\":", "body")]
    [InlineData("[]", "body")]
    [InlineData("{\"slug\":{\"a\":1}}", "slug")]
    public async Task Malformed_json_is_a_400_logged_as_one_line_without_a_stack_trace(string body, string field)
    {
        var before = app.Logs.Lines.Count;

        var (status, problem) = await SendAsync("POST", "/api/categories", body);

        Assert.Equal(400, status);
        AssertNames(problem, field);
        var lines = app.Logs.Lines.Skip(before).Where(l => l.Contains("/api/categories")).ToList();
        var line = Assert.Single(lines, l => l.Contains("Refused the body"));
        Assert.StartsWith("Information", line);
        Assert.DoesNotContain("\n", line.TrimEnd());
        Assert.DoesNotContain(lines, l => l.StartsWith("Error") || l.StartsWith("Critical") || l.Contains("   at "));
    }

    [Fact]
    public async Task A_wrong_type_names_the_field_and_an_oversized_sign_in_is_refused_before_any_lookup()
    {
        var (status, problem) = await SendAsync("PUT", "/api/admin/settings", """{"sessionTimeoutMinutes":"many"}""");
        Assert.Equal(400, status);
        AssertNames(problem, "sessionTimeoutMinutes");

        (status, problem) = await SendAsync("POST", "/api/auth/sign-in", JsonSerializer.Serialize(new { username = new string('u', 100_000), password = "x" }));
        Assert.Equal(400, status);
        AssertNames(problem, "username");
    }
}
