using System.Diagnostics;

namespace Inventory.Api.Tests.Browser;

/// <summary>Runs one end-to-end script of ui/e2e in headless Chromium through Node and playwright-core.</summary>
internal static class NodeSuite
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    /// <summary>Screenshots land beside the test assembly, under screenshots/, one file per page.</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<CommandLine.CommandResult> RunAsync(string suite, string baseUrl, IReadOnlyDictionary<string, string> settings)
    {
        var script = Path.Combine(BrowserPrerequisites.Ui, "e2e", suite + ".mjs");
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = BrowserPrerequisites.Ui,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Directory.CreateDirectory(ScreenshotDirectory);
        start.Environment["INVENTORY_URL"] = baseUrl;
        start.Environment["INVENTORY_SCREENSHOTS"] = ScreenshotDirectory;
        start.Environment["INVENTORY_CHROMIUM"] = BrowserPrerequisites.Chromium;
        start.Environment["INVENTORY_USERNAME"] = BrowserEstate.Superadmin;
        start.Environment["INVENTORY_PASSWORD"] = BrowserEstate.SuperadminPassword;
        foreach (var (key, value) in settings)
            start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node " + script);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{suite} did not end within {Timeout}:\n{await output}\n{await errors}");
        }
        return new CommandLine.CommandResult(process.ExitCode, await output, await errors);
    }
}
