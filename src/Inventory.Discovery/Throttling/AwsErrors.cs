namespace Inventory.Discovery.Throttling;

/// <summary>Recognises AWS's throttling answers, which differ by service, so only they are retried.</summary>
internal static class AwsErrors
{
    // Ordinal: AWS sends these codes with exactly this casing.
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling",
        "ThrottlingException",
        "RequestLimitExceeded",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "RequestThrottled",
        "RequestThrottledException",
        "SlowDown",
    };

    public static bool IsThrottling(string? errorCode, int? httpStatus) =>
        (errorCode is not null && ThrottlingCodes.Contains(errorCode))
        || httpStatus is 429 or 503;
}
