using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Inventory.StubAws.Estate;

/// <summary>Everything the stub AWS holds: accounts (each with regions and global data) and the sessions AssumeRole issued.</summary>
public sealed class StubEstate
{
    private readonly ConcurrentDictionary<string, StubAccount> accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StubCredentials> sessions = new(StringComparer.Ordinal);

    /// <summary>An account, created on first use.</summary>
    public StubAccount Account(string accountId) => accounts.GetOrAdd(accountId, id => new StubAccount(id));

    public IReadOnlyCollection<StubAccount> Accounts => accounts.Values.ToList();

    public StubAccount? FindAccount(string accountId) => accounts.TryGetValue(accountId, out var account) ? account : null;

    /// <summary>Whose key this is: an account's own key or an issued session; null for a key the estate never gave out.</summary>
    public StubCredentials? FindKey(string accessKeyId)
    {
        if (sessions.TryGetValue(accessKeyId, out var session))
            return session;
        return accessKeyId.StartsWith("AKIASTUB", StringComparison.Ordinal)
               && FindAccount(accessKeyId["AKIASTUB".Length..]) is { } account
            ? account.Key
            : null;
    }

    /// <summary>Temporary credentials for a role, as AssumeRole hands them out; they act in the role's account.</summary>
    public StubCredentials IssueSession(StubAccount account, string roleName, string sessionName)
    {
        var credentials = new StubCredentials(
            "ASIA" + RandomText(16),
            RandomText(40),
            RandomText(64),
            account.AccountId,
            $"arn:aws:sts::{account.AccountId}:assumed-role/{roleName}/{sessionName}",
            $"AROASTUB{account.AccountId}:{sessionName}");
        sessions[credentials.AccessKeyId] = credentials;
        return credentials;
    }

    private static string RandomText(int length) =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", length);
}
