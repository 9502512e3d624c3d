namespace Inventory.Discovery.Throttling;

/// <summary>Runs one AWS call, retrying only throttling, so a busy API slows a scan down instead of failing it.</summary>
internal static class ThrottledCalls
{
    /// <param name="classify">Reads the AWS error code and HTTP status from whatever exception the client throws.</param>
    /// <param name="random">A number in [0, 1] for the jitter; injected so tests are deterministic.</param>
    /// <param name="delay">Waits between attempts; injected so tests need not sleep.</param>
    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> call,
        Func<Exception, (string? code, int? status)> classify,
        Backoff backoff,
        Func<double> random,
        Func<TimeSpan, CancellationToken, Task> delay,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(classify);
        ArgumentNullException.ThrowIfNull(backoff);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(delay);

        for (var attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                return await call(ct).ConfigureAwait(false);
            }
            catch (Exception exception) when (attempt < backoff.MaxAttempts && IsThrottling(exception, classify))
            {
                await delay(backoff.Delay(attempt, random()), ct).ConfigureAwait(false);
            }
        }
    }

    // A cancellation is never a throttle, whatever the classifier makes of it.
    private static bool IsThrottling(Exception exception, Func<Exception, (string? code, int? status)> classify)
    {
        if (exception is OperationCanceledException)
            return false;
        var (code, status) = classify(exception);
        return AwsErrors.IsThrottling(code, status);
    }
}
