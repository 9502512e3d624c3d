namespace Inventory.Domain.DiscoveryJobs;

/// <summary>Where a job's results stand: still being recorded, recorded but not yet in every read model, or visible in the register.</summary>
public enum VisibilityState
{
    Recording,
    CatchingUp,
    Visible,
}

/// <summary>How far one async read model's projection has got through the event log.</summary>
/// <param name="Started">False while the projection has never recorded progress: it is behind everything.</param>
public sealed record ReadModelProgress(string Projection, long Sequence, bool Started);

/// <summary>
/// Whether what a job recorded shows in the register: every async projection has processed the event log up to the job's mark
/// (the sequence of the last event the job appended). Between the two, how many events the slowest one still has to go and,
/// from its observed pace, about how long that takes.
/// </summary>
public sealed record JobVisibility(VisibilityState State, long EventsBehind, double? SecondsLeft, string? SlowestProjection)
{
    /// <param name="mark">The highest event sequence of the job's stream; null when it has none (never started).</param>
    /// <param name="eventsPerSecond">How fast the slowest projection has been moving lately; null when not known yet.</param>
    public static JobVisibility Of(DiscoveryJobView job, long? mark, IReadOnlyList<ReadModelProgress> readModels, double? eventsPerSecond)
    {
        // A dry run appends nothing to any asset: its preview is written as it goes, so there is nothing to wait for.
        if (job.DryRun && job.IsFinished)
            return new JobVisibility(VisibilityState.Visible, 0, 0, null);
        var slowest = readModels.OrderBy(r => r.Started ? r.Sequence : 0).ThenBy(r => r.Projection, StringComparer.Ordinal).FirstOrDefault();
        var behind = mark is { } m && slowest is not null ? Math.Max(0, m - (slowest.Started ? slowest.Sequence : 0)) : 0;
        var caughtUp = readModels.All(r => r.Started && r.Sequence >= (mark ?? 0)) || mark is null;
        var state = !job.IsFinished ? VisibilityState.Recording : caughtUp ? VisibilityState.Visible : VisibilityState.CatchingUp;
        if (state == VisibilityState.Visible)
            return new JobVisibility(state, 0, 0, null);
        double? left = eventsPerSecond is > 0 ? behind / eventsPerSecond.Value : null;
        return new JobVisibility(state, behind, left, slowest?.Projection);
    }
}
