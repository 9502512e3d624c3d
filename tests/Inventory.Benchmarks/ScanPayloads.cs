using System.Text.Json;
using System.Text.Json.Serialization;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using JasperFx.Events;

namespace Inventory.Benchmarks;

/// <summary>
/// The events and read-model documents the scans produce, decided and projected in memory (untimed)
/// and serialised with System.Text.Json, for the raw PostgreSQL baseline to write.
/// </summary>
internal sealed class ScanPayloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public required List<Payload> Seen { get; init; }
    public required List<Payload> Changed { get; init; }
    public required List<Payload> AssetViews { get; init; }

    public static ScanPayloads Prepare(ScopeScan firstSight, ScopeScan onePercentChanged)
    {
        var seen = Reconciler.Decide(ScopeState.Empty, firstSight, VolatileFields.Default, _ => new Dictionary<string, string>()).Appends;
        var records = new AssetRecordProjection();
        var views = new AssetViewProjection();
        var assetRecords = new List<AssetRecord>(seen.Count);
        var assetViews = new Dictionary<string, AssetView>(seen.Count, StringComparer.Ordinal);
        foreach (var append in seen)
        {
            assetRecords.Add(records.Evolve(null, append.AssetId, Event(append))!);
            assetViews[append.AssetId] = views.Evolve(null, append.AssetId, Event(append))!;
        }

        var described = seen.ToDictionary(a => a.AssetId, a => (IReadOnlyDictionary<string, string>)((AssetSeen)a.Event).Fields, StringComparer.Ordinal);
        var changed = Reconciler.Decide(new ScopeState(firstSight.ScannedAt, assetRecords), onePercentChanged, VolatileFields.Default, id => described[id]).Appends;
        foreach (var append in changed)
            views.Evolve(assetViews[append.AssetId], append.AssetId, Event(append));

        return new ScanPayloads
        {
            Seen = seen.Select(a => new Payload(a.AssetId, "asset_seen", JsonSerializer.Serialize(a.Event, a.Event.GetType(), Json))).ToList(),
            Changed = changed.Select(a => new Payload(a.AssetId, "asset_changed", JsonSerializer.Serialize(a.Event, a.Event.GetType(), Json))).ToList(),
            AssetViews = assetViews.Values.Select(v => new Payload(v.Id, "asset_view", JsonSerializer.Serialize(v, Json))).ToList(),
        };
    }

    private static IEvent Event(AssetAppend append) => append.Event switch
    {
        AssetSeen e => new Event<AssetSeen>(e) { StreamKey = append.AssetId },
        AssetChanged e => new Event<AssetChanged>(e) { StreamKey = append.AssetId },
        _ => throw new InvalidOperationException($"Unexpected event {append.Event.GetType().Name}"),
    };
}
