namespace Inventory.Domain.Accounts;

/// <summary>Turns credentials as sent into credentials as stored, keeping the stored secret when a new one is omitted.</summary>
internal static class AccountCredentialRules
{
    public static StoredCredentials? Build(CredentialsInput? input, StoredCredentials? current, AccountKind? kind, AccountView? management,
        Func<string, string> protect, Dictionary<string, string[]> errors)
    {
        if (input is null)
        {
            if (current is null)
                errors["credentials"] = ["credentials are required: defaultChain, accessKey or assumeRole."];
            else if (kind == AccountKind.Management && current.Method == CredentialMethod.AssumeRole)
                errors["credentials"] = ["A management account cannot assume a role; give it defaultChain or accessKey credentials."];
            return current;
        }
        return AccountRules.Choice<CredentialMethod>(input.Type, "credentials.type", errors) switch
        {
            CredentialMethod.DefaultChain => StoredCredentials.DefaultChain(),
            CredentialMethod.AccessKey => AccessKey(input, current, protect, errors),
            CredentialMethod.AssumeRole => AssumeRole(input, current, kind, management, protect, errors),
            _ => null,
        };
    }

    private static StoredCredentials AccessKey(CredentialsInput input, StoredCredentials? current, Func<string, string> protect,
        Dictionary<string, string[]> errors)
    {
        AccountRules.AccessKeyId(input.AccessKeyId, errors);
        string? secret = null;
        if (!string.IsNullOrEmpty(input.SecretAccessKey))
            secret = protect(input.SecretAccessKey);
        else if (current?.Method == CredentialMethod.AccessKey)
            secret = current.ProtectedSecretAccessKey;
        else
            errors["credentials.secretAccessKey"] = ["credentials.secretAccessKey is required with a new access key."];
        return new StoredCredentials(CredentialMethod.AccessKey, AccessKeyId: input.AccessKeyId, ProtectedSecretAccessKey: secret);
    }

    private static StoredCredentials AssumeRole(CredentialsInput input, StoredCredentials? current, AccountKind? kind, AccountView? management,
        Func<string, string> protect, Dictionary<string, string[]> errors)
    {
        if (kind == AccountKind.Management)
            errors["credentials.type"] = ["assumeRole is only for member accounts; a management account uses defaultChain or accessKey."];
        AccountRules.AccountId(input.ManagementAccountId, "credentials.managementAccountId", errors);
        if (AccountRules.IsAccountId(input.ManagementAccountId))
        {
            if (management is null or { Removed: true })
                errors["credentials.managementAccountId"] = [$"credentials.managementAccountId: no account {input.ManagementAccountId} is registered."];
            else if (management.Kind != AccountKind.Management)
                errors["credentials.managementAccountId"] = [$"credentials.managementAccountId: account {input.ManagementAccountId} is not a management account."];
        }
        var roleName = AccountRules.RoleName(input.RoleName, errors);

        // Omitted keeps the stored external id, empty clears it.
        var externalId = current?.Method == CredentialMethod.AssumeRole ? current.ProtectedExternalId : null;
        if (input.ExternalId == "")
            externalId = null;
        else if (input.ExternalId is not null)
        {
            AccountRules.ExternalId(input.ExternalId, errors);
            externalId = protect(input.ExternalId);
        }
        return new StoredCredentials(CredentialMethod.AssumeRole, ManagementAccountId: input.ManagementAccountId, RoleName: roleName,
            ProtectedExternalId: externalId);
    }
}
