namespace Inventory.Domain.Accounts;

/// <summary>How discovery reaches an account; secrets are held only as Data Protection ciphertext.</summary>
public sealed record StoredCredentials(
    CredentialMethod Method,
    string? AccessKeyId = null,
    string? ProtectedSecretAccessKey = null,
    string? ManagementAccountId = null,
    string? RoleName = null,
    string? ProtectedExternalId = null)
{
    public const string DefaultRoleName = "OrganizationAccountAccessRole";

    public static StoredCredentials DefaultChain() => new(CredentialMethod.DefaultChain);
}
