using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Inventory.Domain.Assets.History;

/// <summary>
/// Every version of every asset, for "the inventory as of an instant". Each batch replays the touched assets from
/// their own committed events (never from rows an earlier batch wrote), so the result is the same however events are batched.
/// </summary>
public sealed class AssetVersionProjection : IProjection
{
    public const string Name = "AssetVersions";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var touched = events.Where(e => AssetTimes.Of(e.Data) is not null).ToList();
        if (touched.Count == 0)
            return;
        var keys = touched.Select(e => e.StreamKey!).Distinct(StringComparer.Ordinal).ToArray();
        var upTo = touched.Max(e => e.Sequence);
        var history = await operations.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.IsOneOf(keys) && e.Sequence <= upTo)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation);
        var firstTouched = touched.GroupBy(e => e.StreamKey!).ToDictionary(g => g.Key, g => g.Min(e => e.Version), StringComparer.Ordinal);
        foreach (var stream in history.GroupBy(e => e.StreamKey!, StringComparer.Ordinal))
        {
            var versions = AssetVersions.Replay(stream.Key, stream.ToList());
            // The version before this batch's first event gets its end; earlier ones are unchanged.
            var from = firstTouched[stream.Key];
            operations.Store(versions.Where(v => v.StreamVersion >= from - 1).ToArray());
        }
    }
}
