using System.Diagnostics;
using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.CommandLine;

/// <summary>What a command of the API executable printed and returned.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Errors)
{
    public IReadOnlyList<string> Lines => (Output + "\n" + Errors).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}

/// <summary>Runs the built API executable as an operator would, with the product's settings as environment variables.</summary>
internal static class ApiCommand
{
    // Generous: a cold host start plus a discovery against the stub takes seconds; a hang must still end the test.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The API's assembly copied next to this test assembly by the project reference, with its runtime config.</summary>
    private static string ApiDll => Path.Combine(AppContext.BaseDirectory, "Inventory.Api.dll");

    public static async Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working directory: there the host finds its appsettings.json.
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(ApiDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        TestKeys.AddTo(start.Environment);
        return await Harness.ChildProcess.RunAsync(start, Timeout);
    }
}
