namespace Inventory.Domain.Accounts;

public enum AccountKind
{
    Management,
    Member,
}

public enum AccountEnvironment
{
    Production,
    Staging,
    Development,
    Shared,
}

public enum CredentialMethod
{
    DefaultChain,
    AccessKey,
    AssumeRole,
}

/// <summary>One stream per account, keyed by its 12-digit id.</summary>
public static class AccountStreams
{
    public static string Key(string accountId) => "account:" + accountId;
}
