using System.Text.Json;
using System.Text.Json.Serialization;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using JasperFx.Events;

namespace Inventory.Benchmarks;

/// <summary>
/// The events and read-model documents the scans produce, decided and projected in memory a page at a time (untimed)
/// and serialised with System.Text.Json into a temporary file, for the raw PostgreSQL baseline to write: the baseline
/// then only reads bytes back, and nothing holds all the payloads.
/// </summary>
internal sealed class ScanPayloads : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public required PayloadFile Seen { get; init; }
    public required PayloadFile Changed { get; init; }
    public required PayloadFile AssetViews { get; init; }

    public static ScanPayloads Prepare(ScopeScans scans)
    {
        var seenFile = new PayloadFile();
        var changedFile = new PayloadFile();
        var viewsFile = new PayloadFile();
        var records = new AssetRecordProjection();
        var views = new AssetViewProjection();
        var scope = Ec2Scope.Scope;
        var cause = Cause.DiscoveryJob("benchmark");
        var first = 0;
        // Page by page: each page's instances are new, and the 1% changed among them are decided against their own records.
        foreach (var (page, changedPage) in scans.Pages(onePercentChanged: false).Zip(scans.Pages(onePercentChanged: true)))
        {
            var seen = Reconciler.Decide(ScopeState.Empty, ScopeScan.Clean(scope, ScopeScans.FirstSightAt, cause, page),
                VolatileFields.Default, _ => new Dictionary<string, string>()).Appends;
            var pageRecords = seen.Select(a => records.Evolve(null, a.AssetId, Event(a))!).ToList();
            var pageViews = seen.ToDictionary(a => a.AssetId, a => views.Evolve(null, a.AssetId, Event(a))!, StringComparer.Ordinal);
            var described = seen.ToDictionary(a => a.AssetId, a => (IReadOnlyDictionary<string, string>)((AssetSeen)a.Event).Fields, StringComparer.Ordinal);
            var changedObservations = changedPage.Where((_, i) => Ec2Scope.IsChanged(first + i)).ToList();
            var changed = Reconciler.Decide(new ScopeState(ScopeScans.FirstSightAt, pageRecords),
                ScopeScan.Clean(scope, ScopeScans.FirstSightAt.AddHours(2), cause, changedObservations), VolatileFields.Default, id => described[id]).Appends
                .Where(a => a.Event is AssetChanged).ToList();
            foreach (var append in changed)
                views.Evolve(pageViews[append.AssetId], append.AssetId, Event(append));

            foreach (var append in seen)
                seenFile.Write(new Payload(append.AssetId, "asset_seen", JsonSerializer.Serialize(append.Event, append.Event.GetType(), Json)));
            foreach (var append in changed)
                changedFile.Write(new Payload(append.AssetId, "asset_changed", JsonSerializer.Serialize(append.Event, append.Event.GetType(), Json)));
            foreach (var view in pageViews.Values)
                viewsFile.Write(new Payload(view.Id, "asset_view", JsonSerializer.Serialize(view, Json)));
            first += page.Count;
        }
        return new ScanPayloads { Seen = seenFile.Finish(), Changed = changedFile.Finish(), AssetViews = viewsFile.Finish() };
    }

    public void Dispose()
    {
        Seen.Dispose();
        Changed.Dispose();
        AssetViews.Dispose();
    }

    private static IEvent Event(AssetAppend append) => append.Event switch
    {
        AssetSeen e => new Event<AssetSeen>(e) { StreamKey = append.AssetId },
        AssetChanged e => new Event<AssetChanged>(e) { StreamKey = append.AssetId },
        _ => throw new InvalidOperationException($"Unexpected event {append.Event.GetType().Name}"),
    };
}

/// <summary>Payloads written once to a temporary file and read back in order, as often as needed.</summary>
internal sealed class PayloadFile : IDisposable
{
    private readonly string _path = Path.GetTempFileName();
    private BinaryWriter? _writer;
    private long _bytes;

    public PayloadFile() => _writer = new BinaryWriter(File.Create(_path));

    public int Count { get; private set; }

    public double AverageJsonLength => Count == 0 ? 0 : (double)_bytes / Count;

    public void Write(Payload payload)
    {
        _writer!.Write(payload.Id);
        _writer.Write(payload.Type);
        _writer.Write(payload.Json);
        _bytes += payload.Json.Length;
        Count++;
    }

    public PayloadFile Finish()
    {
        _writer?.Dispose();
        _writer = null;
        return this;
    }

    public IEnumerable<Payload> Read()
    {
        using var reader = new BinaryReader(File.OpenRead(_path));
        for (var i = 0; i < Count; i++)
            yield return new Payload(reader.ReadString(), reader.ReadString(), reader.ReadString());
    }

    public void Dispose()
    {
        _writer?.Dispose();
        File.Delete(_path);
    }
}
