using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Inventory.Domain.Assets.History;

/// <summary>
/// Every version of every asset, for "the inventory as of an instant". Each batch replays the touched assets from
/// their own events (never from rows an earlier batch wrote), so the result is the same however events are batched.
/// </summary>
public sealed class AssetVersionProjection : IProjection
{
    public const string Name = "AssetVersions";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var touched = events.Where(e => AssetTimes.Of(e.Data) is not null).ToList();
        if (touched.Count == 0)
            return;
        var upTo = touched.Max(e => e.Sequence);
        var firstTouched = touched.GroupBy(e => e.StreamKey!).ToDictionary(g => g.Key, g => g.Min(e => e.Version), StringComparer.Ordinal);
        // A stream that starts in this batch has its whole history here; only the others are read back from the log.
        var started = events.Where(e => firstTouched.ContainsKey(e.StreamKey!)).GroupBy(e => e.StreamKey!, StringComparer.Ordinal)
            .Where(g => g.Min(e => e.Version) == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var earlier = firstTouched.Keys.Where(k => !started.Contains(k)).ToArray();
        var history = events.Where(e => e.Sequence <= upTo && started.Contains(e.StreamKey!)).ToList();
        if (earlier.Length > 0)
        {
            history.AddRange(await operations.Events.QueryAllRawEvents()
                .Where(e => e.StreamKey!.IsOneOf(earlier) && e.Sequence <= upTo)
                .ToListAsync(cancellation));
        }
        var written = new List<AssetVersion>();
        foreach (var stream in history.OrderBy(e => e.Sequence).GroupBy(e => e.StreamKey!, StringComparer.Ordinal))
        {
            var versions = AssetVersions.Replay(stream.Key, stream.ToList());
            // The version before this batch's first event gets its end; earlier ones are unchanged.
            var from = firstTouched[stream.Key];
            written.AddRange(versions.Where(v => v.StreamVersion >= from - 1));
        }
        await AssetVersionRows.QueueAsync(operations, written, cancellation);
    }
}
