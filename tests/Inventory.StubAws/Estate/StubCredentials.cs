using Amazon.Runtime;

namespace Inventory.StubAws.Estate;

/// <summary>A key pair the stub accepts, and who it belongs to: an account's own key, or a session from AssumeRole.</summary>
public sealed record StubCredentials(
    string AccessKeyId, string SecretAccessKey, string? SessionToken, string AccountId, string Arn, string UserId)
{
    public AWSCredentials ToAwsCredentials() =>
        SessionToken is null
            ? new BasicAWSCredentials(AccessKeyId, SecretAccessKey)
            : new SessionAWSCredentials(AccessKeyId, SecretAccessKey, SessionToken);
}
