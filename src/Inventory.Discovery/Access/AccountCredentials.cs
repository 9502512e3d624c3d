using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.SecurityToken.Model;
using Inventory.Domain.Accounts;

namespace Inventory.Discovery.Access;

/// <summary>
/// Turns an account's stored credentials into SDK credentials. Decryption stays with the caller:
/// <paramref name="reveal"/> turns stored ciphertext into plaintext, so Discovery never holds a key ring.
/// </summary>
internal static class AccountCredentials
{
    /// <summary>STS is global; its calls are signed for us-east-1 as AWS's own endpoint expects.</summary>
    public const string StsRegion = "us-east-1";

    /// <param name="accountId">The account whose credentials these are; names the AssumeRole session.</param>
    /// <param name="credentials">The account's stored credentials.</param>
    /// <param name="findManagement">The stored credentials of a management account by id, or null when it is not registered.</param>
    /// <param name="reveal">Decrypts a stored secret.</param>
    public static async Task<AWSCredentials> ResolveAsync(string accountId, StoredCredentials credentials,
        Func<string, CancellationToken, Task<StoredCredentials?>> findManagement, Func<string, string> reveal, AwsEndpoints endpoints,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        switch (credentials.Method)
        {
            case CredentialMethod.DefaultChain:
            case CredentialMethod.AccessKey:
                return await LongTermAsync(accountId, credentials, reveal).ConfigureAwait(false);
            case CredentialMethod.AssumeRole:
                var managementId = credentials.ManagementAccountId
                    ?? throw new AccountCredentialsException("InvalidCredentials", $"Account {accountId} assumes a role but names no management account.");
                var management = await findManagement(managementId, cancellation).ConfigureAwait(false)
                    ?? throw new AccountCredentialsException("ManagementAccountNotFound", $"Management account {managementId} of account {accountId} is not registered.");
                // A management account reaches AWS with its own credentials; a chain of roles is not a configuration the product supports.
                if (management.Method == CredentialMethod.AssumeRole)
                    throw new AccountCredentialsException("InvalidCredentials", $"Management account {managementId} itself assumes a role.");
                var managementCredentials = await LongTermAsync(managementId, management, reveal).ConfigureAwait(false);
                return await AssumeRoleAsync(accountId, credentials, managementId, managementCredentials, reveal, endpoints, cancellation)
                    .ConfigureAwait(false);
            default:
                throw new AccountCredentialsException("InvalidCredentials", $"Account {accountId} has unknown credential method {credentials.Method}.");
        }
    }

    private static async Task<AWSCredentials> LongTermAsync(string accountId, StoredCredentials credentials, Func<string, string> reveal)
    {
        if (credentials.Method == CredentialMethod.DefaultChain)
            return await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync().ConfigureAwait(false);
        if (credentials.AccessKeyId is null || credentials.ProtectedSecretAccessKey is null)
            throw new AccountCredentialsException("InvalidCredentials", $"Account {accountId} has an access key without its secret.");
        return new BasicAWSCredentials(credentials.AccessKeyId, reveal(credentials.ProtectedSecretAccessKey));
    }

    private static async Task<AWSCredentials> AssumeRoleAsync(string accountId, StoredCredentials credentials, string managementId,
        AWSCredentials managementCredentials, Func<string, string> reveal, AwsEndpoints endpoints, CancellationToken cancellation)
    {
        var roleName = credentials.RoleName ?? StoredCredentials.DefaultRoleName;
        var request = new AssumeRoleRequest
        {
            RoleArn = $"arn:aws:iam::{accountId}:role/{roleName}",
            RoleSessionName = "inventory-" + accountId,
            ExternalId = credentials.ProtectedExternalId is null ? null : reveal(credentials.ProtectedExternalId),
        };
        using var sts = SdkClients.Sts(new ScopeAccess(managementId, StsRegion, managementCredentials, endpoints));
        var response = await sts.AssumeRoleAsync(request, cancellation).ConfigureAwait(false);
        var issued = response.Credentials;
        return new SessionAWSCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken);
    }
}
