using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;

namespace Inventory.Domain.Accounts.Removal;

/// <summary>One scope's share of a batch: the AssetGone of each of its assets, and the scope's own record of it.</summary>
internal sealed record ScopeAssetsGone(string ScopeKey, IReadOnlyList<AssetGone> Events, AccountAssetsMarkedGone ScopeEvent);

/// <summary>
/// The events that mark a removed account's assets gone, decided from the write-side records only. Pure: redelivering the same
/// batch decides nothing for assets already gone, so the work is idempotent.
/// </summary>
internal static class AccountAssetsGone
{
    /// <summary>The scope key prefix every scope of the account shares: "scope:&lt;account&gt;:".</summary>
    public static string ScopePrefix(string accountId) => $"scope:{accountId}:";

    /// <param name="records">A batch of the account's asset records; gone ones and other accounts' are ignored.</param>
    /// <param name="lastCleanScans">Each scope's last clean scan, which is when its active assets were last seen.</param>
    /// <param name="removedAt">When the account was removed: the time every one of these assets went.</param>
    public static IReadOnlyList<ScopeAssetsGone> Decide(string accountId, IReadOnlyList<AssetRecord> records,
        IReadOnlyDictionary<string, DateTimeOffset?> lastCleanScans, DateTimeOffset removedAt, Cause cause) =>
        records
            .Where(r => r.AccountId == accountId && r.Status == AssetStatus.Active)
            .GroupBy(r => r.ScopeKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(scope =>
            {
                var lastClean = lastCleanScans.GetValueOrDefault(scope.Key);
                var events = scope.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new AssetGone(r.Id, r.AccountId, r.Region, r.Service,
                    r.ResourceType, GoneReason.AccountRemoved, LastSeen(r, lastClean), removedAt, cause)).ToList();
                var first = scope.First();
                return new ScopeAssetsGone(scope.Key, events,
                    new AccountAssetsMarkedGone(accountId, first.Region, first.Service, events.Count, removedAt, cause));
            })
            .ToList();

    // As the reconciler decides it: an active asset was present in every clean scan of its scope since it was last observed.
    private static DateTimeOffset LastSeen(AssetRecord record, DateTimeOffset? lastCleanScan) =>
        lastCleanScan is { } scan && scan > record.LastObservedAt ? scan : record.LastObservedAt;
}
