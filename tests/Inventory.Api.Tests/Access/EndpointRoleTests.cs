using System.Text.RegularExpressions;
using Inventory.Api.Tests.Harness;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>
/// Every endpoint in the route table, called as nobody, as a ReadOnly user and an Admin (by session cookie) and as ReadOnly and
/// Admin API clients (by bearer token): nobody gets 401 except where the contract allows anonymous calls, ReadOnly may read and
/// not change, Admin may do everything. New endpoints are walked too, so none can be added unprotected.
/// </summary>
public sealed partial class EndpointRoleTests(AccessApp app) : IClassFixture<AccessApp>
{
    /// <summary>The contract's anonymous endpoints (besides /api/auth/sso/*).</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "POST /api/auth/sign-in", "GET /api/auth/options", "POST /api/auth/forgot-password", "POST /api/auth/reset-password",
        "GET /health/live", "GET /health/ready", "GET /openapi/{documentName}.json", "GET {*path:nonfile}",
    ];

    private static readonly HashSet<string> AnySignedIn =
    [
        "POST /api/auth/sign-out", "POST /api/auth/change-password", "GET /api/auth/sessions", "DELETE /api/auth/sessions/{id}",
        "POST /api/auth/sessions/end-others",
    ];

    private sealed record Caller(string Name, Action<Alba.Scenario> Attach, string Role);

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_the_contract_says()
    {
        var readOnly = await app.UserAsync("rita", "ReadOnly");
        var readOnlyToken = await app.Host.TokenAsync(await app.RegisterClientAsync("walk-reader", "ReadOnly"));
        var adminToken = await app.Host.TokenAsync(await app.RegisterClientAsync("walk-admin", "Admin"));
        Caller[] callers =
        [
            new("anonymous", s => s.Anonymously(), "None"),
            new("ReadOnly user", s => s.As(readOnly), "ReadOnly"),
            new("Admin user", s => s.As(app.Alice), "Admin"),
            new("ReadOnly client", s => s.WithBearer(readOnlyToken), "ReadOnly"),
            new("Admin client", s => s.WithBearer(adminToken), "Admin"),
        ];

        // Signing out ends the callers' sessions on the server, so it goes last.
        var endpoints = Endpoints().OrderBy(e => e.Key == "POST /api/auth/sign-out").ToList();
        Assert.Contains(endpoints, e => e.Key == "GET /api/assets");
        Assert.Contains(endpoints, e => e.Key == "DELETE /api/admin/users/{id}");
        var wrong = new List<string>();
        foreach (var (key, method, url) in endpoints)
        {
            foreach (var caller in callers)
            {
                var (status, _, result) = await app.SendAsync(s =>
                {
                    caller.Attach(s);
                    Request(s, method, url);
                });
                var expected = Expected(key, method, url, caller.Role);
                var ok = expected switch
                {
                    401 or 403 => status == expected && result.Context.Response.ContentType == "application/problem+json",
                    _ => status is not (401 or 403),
                };
                if (!ok)
                    wrong.Add($"{key} as {caller.Name}: {status}, expected {(expected == 0 ? "neither 401 nor 403" : expected)}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static void Request(Alba.Scenario s, string method, string url)
    {
        var empty = new Dictionary<string, object>();
        switch (method)
        {
            case "GET": s.Get.Url(url); break;
            case "HEAD": s.Head.Url(url); break;
            case "DELETE": s.Delete.Url(url); break;
            case "POST": s.Post.Json(empty).ToUrl(url); break;
            case "PUT": s.Put.Json(empty).ToUrl(url); break;
            case "PATCH": s.Patch.Json(empty).ToUrl(url); break;
            default: throw new InvalidOperationException("No request for " + method);
        }
    }

    /// <returns>401, 403, or 0 for allowed.</returns>
    private static int Expected(string key, string method, string url, string role)
    {
        if (Anonymous.Contains(key) || url.StartsWith("/api/auth/sso/", StringComparison.Ordinal))
            return 0;
        if (role == "None")
            return 401;
        if (role == "Admin")
            return 0;
        if (url.StartsWith("/api/admin", StringComparison.Ordinal))
            return 403;
        return AnySignedIn.Contains(key) || method is "GET" or "HEAD" ? 0 : 403;
    }

    /// <summary>Each route and method with its parameters filled in plausibly.</summary>
    private IEnumerable<(string Key, string Method, string Url)> Endpoints()
    {
        foreach (var endpoint in app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (pattern == "/{*path:nonfile}")
                pattern = "{*path:nonfile}";
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
                yield return ($"{method} {pattern}", method, Fill(pattern));
        }
    }

    private static string Fill(string pattern) =>
        pattern == "{*path:nonfile}" ? "/inventory/page" : Parameter().Replace(pattern, m => Value(m.Groups["name"].Value, m.Groups["constraint"].Value));

    private static string Value(string name, string constraint) => (name, constraint) switch
    {
        (_, ":guid") => Guid.NewGuid().ToString(),
        (_, ":int" or ":long") => "1",
        ("accountId", _) => "123456789012",
        ("documentName", _) => "v1",
        ("service", _) => "ec2",
        ("type", _) => "depends-on",
        ("slug", _) => "no-such-category",
        ("id" or "targetId", _) => "ASSET-9999",
        _ => "x1",
    };

    [GeneratedRegex(@"\{\*?(?<name>\w+)(?<constraint>:[^}]+)?\}")]
    private static partial Regex Parameter();
}
