namespace Inventory.Discovery.SignedRequests;

/// <summary>
/// Any error answer from an AWS service, whatever its protocol, so collectors and the throttling retry
/// read one error code and status. <see cref="Exception.Message"/> is AWS's own message.
/// </summary>
internal sealed class AwsServiceException(string errorCode, int statusCode, string message, string? requestId)
    : Exception(message)
{
    public string ErrorCode { get; } = errorCode;

    public int StatusCode { get; } = statusCode;

    public string? RequestId { get; } = requestId;
}
