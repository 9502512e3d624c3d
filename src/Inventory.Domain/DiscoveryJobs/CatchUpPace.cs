namespace Inventory.Domain.DiscoveryJobs;

/// <summary>
/// How fast the slowest read model has been moving, from the positions seen by recent reads: the basis of a job's estimated time
/// to visible. Readings older than the window are forgotten, so the pace follows the daemon's current speed.
/// </summary>
public sealed class CatchUpPace(TimeSpan window)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(30);

    private readonly Queue<(DateTimeOffset At, long Sequence)> readings = new();
    private readonly Lock gate = new();

    public CatchUpPace() : this(DefaultWindow)
    {
    }

    /// <summary>Adds a reading and returns events per second over the window, or null until two readings apart show movement.</summary>
    public double? Observe(DateTimeOffset at, long slowestSequence)
    {
        lock (gate)
        {
            // A rebuild or a reset moves the position back: the old readings no longer describe the pace.
            if (readings.Count > 0 && slowestSequence < readings.Last().Sequence)
                readings.Clear();
            while (readings.Count > 0 && at - readings.Peek().At > window)
                readings.Dequeue();
            if (readings.Count == 0 || at > readings.Last().At)
                readings.Enqueue((at, slowestSequence));
            var (firstAt, firstSequence) = readings.Peek();
            var seconds = (at - firstAt).TotalSeconds;
            return seconds > 0 && slowestSequence > firstSequence ? (slowestSequence - firstSequence) / seconds : null;
        }
    }
}
