namespace Inventory.Domain.Access.SignIns;

/// <summary>How many failures a username and a client address may have within the window before sign-ins are refused.</summary>
public sealed record SignInLimits(int UserFailures, int AddressFailures, TimeSpan Window)
{
    public static readonly SignInLimits Default = new(5, 20, TimeSpan.FromMinutes(5));
}

/// <summary>The throttling decision, from the failure times alone, so it reads the same whether or not the user exists.</summary>
public static class SignInThrottle
{
    /// <returns>null when a sign-in may be tried; otherwise how long until enough failures have left the window.</returns>
    public static TimeSpan? RetryAfter(IReadOnlyCollection<DateTimeOffset> userFailures, IReadOnlyCollection<DateTimeOffset> addressFailures,
        DateTimeOffset now, SignInLimits limits)
    {
        var wait = new[] { Wait(userFailures, limits.UserFailures, now, limits.Window), Wait(addressFailures, limits.AddressFailures, now, limits.Window) }
            .Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    private static TimeSpan Wait(IReadOnlyCollection<DateTimeOffset> failures, int limit, DateTimeOffset now, TimeSpan window)
    {
        var recent = failures.Where(f => f > now - window).Order().ToList();
        if (recent.Count < limit)
            return TimeSpan.Zero;
        // Attempts open again once the failure that keeps the count at the limit has aged out.
        var blocking = recent[recent.Count - limit];
        var wait = blocking + window - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
    }
}
