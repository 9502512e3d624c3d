using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Inventory.Api.Tests.Browser;

/// <summary>
/// The built API run as a real server process on a loopback port the system picks, as the product runs in production,
/// so a real browser can reach it. Its output is kept for failure messages.
/// </summary>
internal sealed partial class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<string> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiProcess(Process process) => this.process = process;

    /// <summary>The base URL the server listens on, e.g. http://127.0.0.1:41234.</summary>
    public string Url { get; private set; } = "";

    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working directory: there the host finds its appsettings.json.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Inventory.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        // Plain lines, so "Now listening on" can be read from the output.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var api = new ApiProcess(process);
        process.OutputDataReceived += (_, e) => api.Line(e.Data);
        process.ErrorDataReceived += (_, e) => api.Line(e.Data);
        process.Exited += (_, _) => api.listening.TrySetException(new InvalidOperationException($"The API exited with {process.ExitCode} before listening:\n{api.Output}"));
        if (!process.Start())
            throw new InvalidOperationException("Could not start dotnet Inventory.Api.dll");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            api.Url = await api.listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await api.DisposeAsync();
            throw new TimeoutException($"The API did not listen within {StartTimeout}:\n{api.Output}");
        }
        return api;
    }

    private void Line(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
        var match = Listening().Match(line);
        if (match.Success)
            listening.TrySetResult(match.Groups[1].Value.TrimEnd('/'));
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
