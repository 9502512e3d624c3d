using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Cluster;

/// <summary>The built API running as its own operating-system process on a loopback port, as one replica of a deployment runs.</summary>
internal sealed class ProductProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ReadyPoll = TimeSpan.FromMilliseconds(200);
    private readonly Process process;
    private readonly StringBuilder output = new();

    private readonly CookieContainer cookies = new();

    private ProductProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Url { get; }
    public HttpClient Http { get; }
    public bool Exited => process.HasExited;

    /// <summary>What the process wrote, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    public static async Task<ProductProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Inventory.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString());
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        TestKeys.AddTo(start.Environment);
        var product = new ProductProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the API"), url);
        product.process.OutputDataReceived += (_, e) => product.Append(e.Data);
        product.process.ErrorDataReceived += (_, e) => product.Append(e.Data);
        product.process.BeginOutputReadLine();
        product.process.BeginErrorReadLine();
        await product.WaitUntilReadyAsync();
        return product;
    }

    /// <summary>Signs in through the API as the UI does; later requests carry the session cookie and the CSRF header.</summary>
    public async Task SignInAsync(string username, string password)
    {
        using var response = await Http.PostAsJsonAsync("/api/auth/sign-in", new { username, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in as {username} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var xsrf = cookies.GetCookies(Url)["XSRF-TOKEN"] ?? throw new InvalidOperationException("Sign-in set no XSRF-TOKEN cookie.");
        Http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        Http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf.Value);
    }

    /// <summary>Ends the process at once, as a crash or an out-of-memory kill would: no shutdown, no goodbye to the database.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    // A separate process offers no in-process signal of readiness; its readiness endpoint is the operator's signal too.
    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTimeOffset.UtcNow + StartTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The API exited with {process.ExitCode} while starting:\n{Output}");
            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(ReadyPoll);
        }
        throw new TimeoutException($"The API was not ready within {StartTimeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
            await KillAsync();
        process.Dispose();
    }
}
