using Amazon.Runtime;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Scanning;

/// <summary>The error code a failed scope is recorded with: AWS's own code where there is one.</summary>
internal static class ScanErrors
{
    public const string Timeout = "Timeout";
    public const string NetworkError = "NetworkError";

    /// <summary>Only call this for failures the caller did not cause by cancelling; those stop the scan instead.</summary>
    public static string CodeOf(Exception exception) => exception switch
    {
        // Some SDK errors (a bare 403 with no body) carry no code; the HTTP status still says what happened.
        AmazonServiceException aws => string.IsNullOrEmpty(aws.ErrorCode) ? aws.StatusCode.ToString() : aws.ErrorCode,
        AwsServiceException aws => aws.ErrorCode,
        OperationCanceledException or TimeoutException => Timeout,
        HttpRequestException => NetworkError,
        _ => exception.GetType().Name,
    };
}
