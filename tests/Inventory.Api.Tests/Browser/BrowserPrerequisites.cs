using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Browser;

/// <summary>What the browser tests need on the machine; a missing piece fails them with what to do, never skips them.</summary>
internal static class BrowserPrerequisites
{
    public const string Chromium = "/usr/bin/chromium";

    public static string Ui => Path.Combine(TestDatabase.RepositoryRoot(), "ui");
    public static string UiDist => Path.Combine(Ui, "dist");

    public static void Check()
    {
        var missing = new List<string>();
        if (!File.Exists(Chromium))
            missing.Add($"{Chromium} is missing: install Debian's chromium package (apt-get install chromium).");
        if (!File.Exists(Path.Combine(UiDist, "index.html")))
            missing.Add($"{UiDist} has no built UI: run 'npm ci && npm run build' in {Ui} (./test.sh does).");
        if (!Directory.Exists(Path.Combine(Ui, "node_modules", "playwright-core")))
            missing.Add($"playwright-core is not installed under {Ui}/node_modules: run 'npm ci' in {Ui}.");
        if (missing.Count > 0)
            throw new InvalidOperationException("The browser tests cannot run: " + string.Join(" ", missing));
    }
}
