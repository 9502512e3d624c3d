using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Assets;

/// <summary>The read model of one asset: its current description and lifecycle.</summary>
public sealed class AssetView
{
    public string Id { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public string Service { get; set; } = "";
    public string ResourceType { get; set; } = "";
    public string ScopeKey { get; set; } = "";
    public string? Arn { get; set; }
    public string? ResourceId { get; set; }
    public string? Name { get; set; }
    public string? State { get; set; }
    public Dictionary<string, string> Tags { get; set; } = [];
    public List<string> IpAddresses { get; set; } = [];
    public List<string> DnsNames { get; set; } = [];
    public Dictionary<string, string> Attributes { get; set; } = [];
    public Dictionary<string, List<string>> Related { get; set; } = [];
    public AssetStatus Status { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastObservedAt { get; set; }

    /// <summary>Last clean scan the asset was present in, recorded when it vanished; while active it comes from the scope's scans.</summary>
    public DateTimeOffset? LastSeenBeforeGoneAt { get; set; }
    public DateTimeOffset? GoneAt { get; set; }
    public GoneReason? GoneReason { get; set; }
    public int ChangeCount { get; set; }
    public long Version { get; set; }

    /// <summary>The normalised description the typed fields above are read from.</summary>
    public Dictionary<string, string> Fields { get; set; } = [];
}

public sealed partial class AssetViewProjection : SingleStreamProjection<AssetView, string>
{
    public AssetViewProjection()
    {
        IncludeType<AssetSeen>();
        IncludeType<AssetChanged>();
        IncludeType<AssetGone>();
    }

    public override AssetView? Evolve(AssetView? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case AssetSeen seen:
                snapshot ??= new AssetView
                {
                    Id = id,
                    AccountId = seen.AccountId,
                    Region = seen.Region,
                    Service = seen.Service,
                    ResourceType = seen.ResourceType,
                    ScopeKey = new ScopeId(seen.AccountId, seen.Region, seen.Service).StreamKey,
                    FirstSeenAt = seen.ObservedAt,
                };
                snapshot.Status = AssetStatus.Active;
                snapshot.GoneAt = null;
                snapshot.GoneReason = null;
                snapshot.LastSeenBeforeGoneAt = null;
                snapshot.LastObservedAt = seen.ObservedAt;
                snapshot.Fields = new Dictionary<string, string>(seen.Fields, StringComparer.Ordinal);
                Describe(snapshot);
                break;
            case AssetChanged changed when snapshot is not null:
                AssetDescription.Apply(snapshot.Fields, changed.Changes);
                snapshot.LastObservedAt = changed.ObservedAt;
                snapshot.ChangeCount++;
                Describe(snapshot);
                break;
            case AssetGone gone when snapshot is not null:
                snapshot.Status = AssetStatus.Gone;
                snapshot.GoneAt = gone.ObservedAt;
                snapshot.GoneReason = gone.Reason;
                snapshot.LastSeenBeforeGoneAt = gone.LastSeenAt;
                break;
        }
        if (snapshot is not null)
            snapshot.Version = e.Version;
        return snapshot;
    }

    private static void Describe(AssetView view)
    {
        var fields = view.Fields;
        view.Arn = AssetDescription.Get(fields, AssetDescription.Arn);
        view.ResourceId = AssetDescription.Get(fields, AssetDescription.ResourceId);
        view.Name = AssetDescription.Get(fields, AssetDescription.Name);
        view.State = AssetDescription.Get(fields, AssetDescription.State);
        view.Tags = AssetDescription.WithPrefix(fields, AssetDescription.TagPrefix);
        view.IpAddresses = [.. AssetDescription.GetList(fields, AssetDescription.IpAddresses)];
        view.DnsNames = [.. AssetDescription.GetList(fields, AssetDescription.DnsNames)];
        view.Attributes = AssetDescription.WithPrefix(fields, AssetDescription.AttributePrefix);
        view.Related = AssetDescription.WithPrefix(fields, AssetDescription.RelatedPrefix)
            .ToDictionary(r => r.Key, r => AssetDescription.GetList(fields, AssetDescription.RelatedPrefix + r.Key).ToList());
    }
}
