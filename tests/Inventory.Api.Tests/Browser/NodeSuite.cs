using System.Diagnostics;
using Inventory.Api.Tests.Harness;

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
        var start = new ProcessStartInfo("node", [script]) { WorkingDirectory = BrowserPrerequisites.Ui };
        Directory.CreateDirectory(ScreenshotDirectory);
        start.Environment["INVENTORY_URL"] = baseUrl;
        start.Environment["INVENTORY_SCREENSHOTS"] = ScreenshotDirectory;
        start.Environment["INVENTORY_CHROMIUM"] = BrowserPrerequisites.Chromium;
        start.Environment["INVENTORY_USERNAME"] = BrowserEstate.Superadmin;
        start.Environment["INVENTORY_PASSWORD"] = BrowserEstate.SuperadminPassword;
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        return await ChildProcess.RunAsync(start, Timeout);
    }
}
