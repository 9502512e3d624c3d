using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Browser;

/// <summary>HTTP calls to the API process as a browser makes them: a cookie session, the CSRF header on every change.</summary>
internal sealed class ApiSession : IDisposable
{
    private readonly CookieContainer cookies = new();
    private readonly HttpClient client;

    public ApiSession(string baseUrl)
    {
        client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(1),
        };
    }

    /// <summary>Signs in when the server has sign-in, then reads once so the server hands out the CSRF token.</summary>
    public async Task SignInAsync(string username, string password)
    {
        using (var options = await client.GetAsync("/api/auth/options"))
        {
            if (options.StatusCode == HttpStatusCode.NotFound)
                return;
        }
        await PostAsync("/api/auth/sign-in", new { username, password }, HttpStatusCode.OK);
        await GetAsync("/api/auth/me");
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        return await ReadAsync(response, HttpStatusCode.OK, "GET " + path);
    }

    public async Task<JsonElement> PostAsync(string path, object body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Http.Json) };
        var token = cookies.GetCookies(client.BaseAddress!)["XSRF-TOKEN"]?.Value;
        if (token is not null)
            request.Headers.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(token));
        using var response = await client.SendAsync(request);
        return await ReadAsync(response, expected, "POST " + path);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string call)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{call} answered {(int)response.StatusCode}, not {(int)expected}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => client.Dispose();
}
