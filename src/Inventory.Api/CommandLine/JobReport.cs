using Inventory.Domain.DiscoveryJobs;

namespace Inventory.Api.CommandLine;

/// <summary>How the discover command prints a job: one line per scope, then its totals and status.</summary>
internal static class JobReport
{
    public static string Scope(JobScope scope)
    {
        var outcome = scope.Outcome switch
        {
            ScopeOutcome.Failed => $"failed {scope.ErrorCode}: {scope.ErrorMessage}",
            ScopeOutcome.Unfinished => "unfinished",
            _ => "clean",
        };
        return $"  {scope.AccountId} {scope.Region} {scope.Service}: {outcome} (observed {scope.Observed}, new {scope.New}, changed {scope.Changed}, gone {scope.Gone})";
    }

    /// <summary>Prints the totals and status; true only for a job that completed without errors.</summary>
    public static bool Finish(DiscoveryJobView? job)
    {
        if (job is null)
        {
            Console.Error.WriteLine("The discovery job was not found.");
            return false;
        }
        var totals = job.Totals;
        Console.WriteLine($"Totals: seen {totals.Seen}, new {totals.New}, changed {totals.Changed}, gone {totals.Gone}, failed scopes {totals.FailedScopes}, unfinished scopes {totals.UnfinishedScopes}");
        var status = Status(job.Status);
        if (!job.IsFinished)
        {
            Console.Error.WriteLine($"Discovery job {job.JobId} has not finished: it is {status}.");
            return false;
        }
        var reason = job.Reason is null ? "" : $": {job.Reason}";
        var line = $"Discovery job {job.JobId} {status}{reason} in {job.Duration?.TotalSeconds:0.0}s";
        if (job.Status == JobStatus.Completed)
        {
            Console.WriteLine(line);
            return true;
        }
        Console.Error.WriteLine(line);
        return false;
    }

    /// <summary>One line on how far the register is from showing the job.</summary>
    public static string Visibility(JobVisibility visibility) => visibility.State switch
    {
        VisibilityState.Visible => "Visible in the register.",
        _ => $"Recorded; not yet in every read model: {visibility.EventsBehind:N0} events behind" +
             (visibility.SlowestProjection is { } slowest ? $" ({slowest})" : "") +
             (visibility.SecondsLeft is { } left ? $", about {Math.Ceiling(left):0} s left." : ", estimating the time left."),
    };

    /// <summary>The statuses as the API's documentation words them.</summary>
    public static string Status(JobStatus status) => status switch
    {
        JobStatus.CompletedWithErrors => "completed with errors",
        _ => status.ToString().ToLowerInvariant(),
    };
}
