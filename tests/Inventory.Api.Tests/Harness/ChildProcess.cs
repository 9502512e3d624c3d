using System.Diagnostics;
using Inventory.Api.Tests.CommandLine;

namespace Inventory.Api.Tests.Harness;

/// <summary>Runs a program to its end within a time limit, keeping what it printed; a hang kills it and fails the test.</summary>
internal static class ChildProcess
{
    public static async Task<CommandResult> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var what = $"'{start.FileName} {string.Join(' ', start.ArgumentList)}'";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + what);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{what} did not end within {timeout}:\n{await output}\n{await errors}");
        }
        return new CommandResult(process.ExitCode, await output, await errors);
    }
}
