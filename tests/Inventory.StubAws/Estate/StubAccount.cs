using System.Collections.Concurrent;
using Amazon.Runtime;

namespace Inventory.StubAws.Estate;

/// <summary>
/// One AWS account of the estate. Its own key is "AKIASTUB" + the account id, so the access key alone says
/// which account a request is for.
/// </summary>
public sealed class StubAccount
{
    private readonly ConcurrentDictionary<string, StubRegion> regions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, object> globals = new();
    private readonly ConcurrentDictionary<string, StubRole> roles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> disabledRegions = new(StringComparer.Ordinal);

    internal StubAccount(string accountId)
    {
        if (accountId.Length != 12 || !accountId.All(char.IsAsciiDigit))
            throw new ArgumentException("An AWS account id is exactly 12 digits.", nameof(accountId));
        AccountId = accountId;
        Key = new StubCredentials(
            "AKIASTUB" + accountId, "stub-secret-" + accountId, null, accountId, $"arn:aws:iam::{accountId}:user/stub", "AIDASTUB" + accountId);
    }

    public string AccountId { get; }

    /// <summary>The account's long-term key pair.</summary>
    public StubCredentials Key { get; }

    public AWSCredentials Credentials => Key.ToAwsCredentials();

    /// <summary>A region, created (and enabled) on first use.</summary>
    public StubRegion Region(string name) => regions.GetOrAdd(name, n => new StubRegion(n));

    /// <summary>Regions DescribeRegions lists as enabled, in name order.</summary>
    public IReadOnlyList<string> EnabledRegions =>
        regions.Keys.Where(r => !disabledRegions.ContainsKey(r)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Opt-in regions the account has not enabled: listed only with AllRegions, and calls into them fail authentication.</summary>
    public IReadOnlyList<string> DisabledRegions => disabledRegions.Keys.Order(StringComparer.Ordinal).ToList();

    public void DisableRegion(string name)
    {
        Region(name);
        disabledRegions[name] = true;
    }

    public bool IsDisabled(string region) => disabledRegions.ContainsKey(region);

    /// <summary>Data of a global service (S3 buckets), created empty on first use.</summary>
    public T Global<T>() where T : class, new() => (T)globals.GetOrAdd(typeof(T), _ => new T());

    /// <summary>Lets principals of <paramref name="trustedAccountId"/> assume role <paramref name="roleName"/> in this account.</summary>
    public void AllowRole(string roleName, string trustedAccountId, string? externalId = null) =>
        roles[roleName] = new StubRole(roleName, trustedAccountId, externalId);

    public void RemoveRole(string roleName) => roles.TryRemove(roleName, out _);

    internal StubRole? Role(string roleName) => roles.TryGetValue(roleName, out var role) ? role : null;
}

/// <summary>A role and whom it trusts, which is all AssumeRole checks.</summary>
public sealed record StubRole(string Name, string TrustedAccountId, string? ExternalId);
