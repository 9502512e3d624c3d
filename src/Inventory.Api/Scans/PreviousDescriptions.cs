using Inventory.Domain.Reconciliation;
using JasperFx.Events;
using Marten;

namespace Inventory.Api.Scans;

/// <summary>The previous descriptions a scan's decision needs, replayed from those assets' own events in one query.</summary>
internal static class PreviousDescriptions
{
    public static async Task<Dictionary<string, Dictionary<string, string>>> LoadAsync(IQuerySession session, IReadOnlyList<string> assetIds,
        CancellationToken cancellation)
    {
        if (assetIds.Count == 0)
            return [];
        var keys = assetIds.ToArray();
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.IsOneOf(keys))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation);
        return events.GroupBy(e => e.StreamKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => AssetHistory.Describe(g.Select(e => e.Data)), StringComparer.Ordinal);
    }
}
