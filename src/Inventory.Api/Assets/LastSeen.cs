using Inventory.Domain.Assets;
using Inventory.Domain.Scopes.ScopeScans;
using Marten;

namespace Inventory.Api.Assets;

/// <summary>
/// An active asset was present in its scope's latest clean scan, so its last seen is that scan;
/// a gone asset's last seen was recorded when it vanished.
/// </summary>
internal static class LastSeen
{
    public static async Task<Func<AssetView, DateTimeOffset>> ForAsync(IQuerySession session, IEnumerable<AssetView> assets, CancellationToken cancellation)
    {
        var scopeKeys = assets.Where(InScans).Select(a => a.ScopeKey).Distinct().ToArray();
        var scans = scopeKeys.Length == 0
            ? new Dictionary<string, ScopeScanView>()
            : (await session.LoadManyAsync<ScopeScanView>(cancellation, scopeKeys)).ToDictionary(s => s.Id);
        return asset =>
        {
            if (!InScans(asset))
                return asset.LastSeenBeforeGoneAt ?? asset.LastObservedAt;
            var lastScan = scans.GetValueOrDefault(asset.ScopeKey)?.LastCleanScanAt;
            return lastScan is { } scan && scan > asset.LastObservedAt ? scan : asset.LastObservedAt;
        };
    }

    // Present assets (running, stopped, even decommissioned) are seen by every clean scan of their scope; manual ones by none.
    private static bool InScans(AssetView asset) => asset.GoneAt is null && !asset.Manual;
}
