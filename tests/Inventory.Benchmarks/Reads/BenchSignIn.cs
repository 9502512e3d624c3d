using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace Inventory.Benchmarks.Reads;

/// <summary>
/// The read figures go through the API as a signed-in user does: the benchmark chooses the superadmin's password before its
/// host first starts on the empty schema (the product creates the superadmin with it), then signs in over HTTP with a cookie.
/// </summary>
internal sealed class BenchSignIn
{
    private const string Username = "superadmin";
    private readonly string password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Call before the host starts: the configuration reads it from the environment, as a deployment would set it.</summary>
    public static BenchSignIn ChoosePassword()
    {
        var signIn = new BenchSignIn();
        Environment.SetEnvironmentVariable("Inventory__Access__Superadmin__Password", signIn.password);
        return signIn;
    }

    public async Task<HttpClient> ClientAsync(string baseAddress)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseAddress) };
        using var response = await http.PostAsJsonAsync("/api/auth/sign-in", new { username = Username, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in as {Username} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return http;
    }
}
