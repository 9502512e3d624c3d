namespace Inventory.Discovery.Throttling;

/// <summary>How long to wait between throttled attempts: "full jitter" exponential back-off, so parallel scans spread out.</summary>
internal sealed record Backoff
{
    public TimeSpan Base
    {
        get;
        init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(Base), value, "Must be positive.");
    } = TimeSpan.FromMilliseconds(200);

    public TimeSpan Max
    {
        get;
        init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(Max), value, "Must be positive.");
    } = TimeSpan.FromSeconds(20);

    /// <summary>Calls in all, the first included.</summary>
    public int MaxAttempts
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxAttempts), value, "Must be at least 1.");
    } = 8;

    /// <summary>random01 * min(Max, Base * 2^(attempt-1)); the random number is passed in so the result is deterministic.</summary>
    public TimeSpan Delay(int attempt, double random01)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        if (!(random01 is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(random01), random01, "Must be between 0 and 1.");

        // Doubles, because Base * 2^(attempt-1) overflows TimeSpan long before attempts run out.
        var ceilingTicks = Math.Min(Max.Ticks, Base.Ticks * Math.Pow(2, attempt - 1));
        return TimeSpan.FromTicks((long)Math.Round(random01 * ceilingTicks));
    }
}
