namespace Inventory.Discovery.Access;

/// <summary>The product, not AWS, could not work out how to reach an account; carries a code in AWS's style so callers report both alike.</summary>
internal sealed class AccountCredentialsException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
