using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Http;

namespace Inventory.Api.Tests.Harness;

/// <summary>A real signed-in browser session: the cookies the sign-in endpoint set, and the CSRF token to send back as a header.</summary>
public sealed record TestSession(string Username, string Cookies, string Xsrf)
{
    public void Attach(HttpContext context)
    {
        context.Request.Headers.Cookie = Cookies;
        context.Request.Headers["X-XSRF-TOKEN"] = Xsrf;
    }

    /// <summary>Signs in through POST /api/auth/sign-in, as the UI does.</summary>
    public static async Task<TestSession> SignInAsync(IAlbaHost host, string username, string password)
    {
        var result = await host.Scenario(s =>
        {
            s.Anonymously();
            s.Post.Json(new { username, password }).ToUrl("/api/auth/sign-in");
            s.StatusCodeShouldBeOk();
        });
        var cookies = SetCookies(result.Context.Response);
        return new TestSession(username, string.Join("; ", cookies.Where(c => c.Key != "XSRF-TOKEN").Select(c => $"{c.Key}={c.Value}")),
            cookies["XSRF-TOKEN"]);
    }

    /// <summary>The name and value of each cookie a response set, the last one winning.</summary>
    public static Dictionary<string, string> SetCookies(HttpResponse response)
    {
        var cookies = new Dictionary<string, string>();
        foreach (var header in response.Headers.SetCookie)
        {
            var pair = header!.Split(';')[0];
            var equals = pair.IndexOf('=');
            cookies[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
        return cookies;
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);
}

public static class SessionScenarios
{
    /// <summary>Sends this scenario as the given user instead of the fixture's default one.</summary>
    public static Scenario As(this Scenario scenario, TestSession session)
    {
        scenario.ConfigureHttpContext(session.Attach);
        return scenario;
    }

    /// <summary>Sends this scenario with no session and no token.</summary>
    public static Scenario Anonymously(this Scenario scenario)
    {
        scenario.ConfigureHttpContext(c =>
        {
            c.Request.Headers.Remove("Cookie");
            c.Request.Headers.Remove("X-XSRF-TOKEN");
        });
        return scenario;
    }

    /// <summary>Sends this scenario with a bearer token only.</summary>
    public static Scenario WithBearer(this Scenario scenario, string token)
    {
        scenario.Anonymously();
        scenario.WithRequestHeader("Authorization", "Bearer " + token);
        return scenario;
    }
}
