using JasperFx.Events;

namespace Inventory.Domain.Assets.History;

/// <summary>Replays one asset's events into its versions, each valid from its event's time until the next one's.</summary>
public static class AssetVersions
{
    private static readonly AssetViewProjection Views = new();

    /// <param name="events">The asset's events in stream order, from its first.</param>
    public static IReadOnlyList<AssetVersion> Replay(string assetId, IReadOnlyList<IEvent> events)
    {
        var states = new List<(AssetView View, long Version, DateTimeOffset From)>();
        AssetView? view = null;
        var last = DateTimeOffset.MinValue;
        foreach (var e in events)
        {
            if (AssetTimes.Of(e.Data) is not { } at)
                continue;
            view = Views.Evolve(view, assetId, e);
            if (view is null)
                continue;
            // Times never run backwards within one asset, so versions never overlap.
            last = at > last ? at : last;
            states.Add((Copy(view), e.Version, last));
        }
        return states.Select((s, i) => AssetVersion.Of(s.View, s.Version, s.From, i + 1 < states.Count ? states[i + 1].From : null)).ToList();
    }

    /// <summary>One asset as it was at an instant, or null when it did not exist yet.</summary>
    public static AssetView? AsOf(string assetId, IReadOnlyList<IEvent> events, DateTimeOffset at) =>
        Replay(assetId, events).LastOrDefault(v => v.ValidFrom <= at)?.View;

    // The projection mutates its snapshot in place; each version keeps its own copy.
    private static AssetView Copy(AssetView view)
    {
        var copy = view.ShallowCopy();
        copy.Tags = new(view.Tags);
        copy.IpAddresses = [.. view.IpAddresses];
        copy.DnsNames = [.. view.DnsNames];
        copy.Attributes = new(view.Attributes);
        copy.Related = view.Related.ToDictionary(r => r.Key, r => r.Value.ToList());
        copy.Human = new(view.Human);
        copy.TagKeys = [.. view.TagKeys];
        copy.TagPairs = [.. view.TagPairs];
        copy.Fields = new(view.Fields);
        return copy;
    }
}
