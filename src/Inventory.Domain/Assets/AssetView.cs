using Inventory.Domain.Assets.Edits;
using Inventory.Domain.Assets.HumanIds;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Assets;

/// <summary>The read model of one asset: its current description and lifecycle.</summary>
public sealed class AssetView
{
    public string Id { get; set; } = "";
    /// <summary>The human id's number; 0 until one is given.</summary>
    public long Number { get; set; }
    public string? HumanId { get; set; }

    /// <summary>Discovered from AWS, or registered by a person (self-hosted, SaaS, on-premise).</summary>
    public bool Manual { get; set; }
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
    public DateTimeOffset LastChangedAt { get; set; }
    public DateTimeOffset? DecommissionedAt { get; set; }
    public long Version { get; set; }

    /// <summary>The fields people maintain (owner, criticality, ...), by their canonical names.</summary>
    public Dictionary<string, string> Human { get; set; } = [];

    // Columns of their own, so the list filters and sorts on them with indexes.
    // Never null, so keyset pagination can compare rows; "" means unset and sorts first. The columns stay nullable so an existing table can take them.
    public string SortName { get; set; } = "";
    public string Category { get; set; } = "";
    public string Criticality { get; set; } = "";
    public int CriticalityRank { get; set; }
    public string Owner { get; set; } = "";
    public string Department { get; set; } = "";
    public string Classification { get; set; } = "";
    public List<string> TagKeys { get; set; } = [];
    public List<string> TagPairs { get; set; } = [];

    /// <summary>Name, human id, ARN and resource id in lower case, for the free-text search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The normalised description the typed fields above are read from.</summary>
    public Dictionary<string, string> Fields { get; set; } = [];

    /// <summary>A copy sharing the collections; whoever keeps it replaces them before the original changes them.</summary>
    internal AssetView ShallowCopy() => (AssetView)MemberwiseClone();
}

public sealed partial class AssetViewProjection : SingleStreamProjection<AssetView, string>
{
    public AssetViewProjection()
    {
        IncludeType<AssetSeen>();
        IncludeType<AssetChanged>();
        IncludeType<AssetGone>();
        IncludeType<ManualAssetRegistered>();
        IncludeType<AssetEdited>();
        IncludeType<AssetDecommissioned>();
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
                if (seen.Number is { } number)
                {
                    snapshot.Number = number;
                    snapshot.HumanId = HumanIds.HumanId.Format(number);
                }
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
                snapshot.GoneAt = gone.ObservedAt;
                snapshot.GoneReason = gone.Reason;
                snapshot.LastSeenBeforeGoneAt = gone.LastSeenAt;
                break;
            case ManualAssetRegistered registered:
                snapshot = new AssetView
                {
                    Id = id, Manual = true, Number = registered.Number, HumanId = HumanIds.HumanId.Format(registered.Number),
                    Service = ManualAssetRegistered.Service, ResourceType = registered.ResourceType, FirstSeenAt = registered.At,
                    LastObservedAt = registered.At, Human = new(registered.Fields, StringComparer.Ordinal),
                    Fields = new Dictionary<string, string>(StringComparer.Ordinal) { [AssetDescription.Name] = registered.Name },
                };
                if (registered.IpAddresses.Count > 0)
                    snapshot.Fields[AssetDescription.IpAddresses] = AssetDescription.ListValue(registered.IpAddresses);
                if (registered.DnsNames.Count > 0)
                    snapshot.Fields[AssetDescription.DnsNames] = AssetDescription.ListValue(registered.DnsNames);
                Describe(snapshot);
                break;
            case AssetEdited edited when snapshot is not null:
                foreach (var change in edited.Changes.Where(c => c.Field == EditRules.NameField))
                    AssetDescription.Apply(snapshot.Fields, [new FieldChange(AssetDescription.Name, change.Old, change.New)]);
                HumanFields.Apply(snapshot.Human, edited.Changes.Where(c => c.Field != EditRules.NameField));
                snapshot.ChangeCount++;
                Describe(snapshot);
                break;
            case AssetDecommissioned decommissioned when snapshot is not null:
                snapshot.DecommissionedAt ??= decommissioned.At;
                break;
        }
        if (snapshot is not null)
        {
            snapshot.Version = e.Version;
            snapshot.LastChangedAt = e.Timestamp;
            snapshot.Status = StatusOf(snapshot);
            Index(snapshot);
        }
        return snapshot;
    }

    /// <summary>AWS states in which a resource exists but does not run.</summary>
    private static readonly HashSet<string> InactiveStates = new(StringComparer.OrdinalIgnoreCase)
        { "stopped", "stopping", "inactive", "disabled", "suspended" };

    private static AssetStatus StatusOf(AssetView view)
    {
        if (view.DecommissionedAt is not null)
            return AssetStatus.Decommissioned;
        if (view.GoneAt is not null)
            return AssetStatus.Gone;
        return view.State is not null && InactiveStates.Contains(view.State) ? AssetStatus.Inactive : AssetStatus.Active;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
                return i;
        }
        return list.Count;
    }

    /// <summary>Derives the list's columns from the view's fields; the benchmark's bulk-loaded views go through it too.</summary>
    internal static void Index(AssetView view)
    {
        view.SortName = (view.Name ?? view.ResourceId ?? view.Arn ?? "").ToLowerInvariant();
        view.Category = view.Human.GetValueOrDefault(HumanFields.Category) ?? "";
        view.Criticality = view.Human.GetValueOrDefault(HumanFields.Criticality) ?? "";
        // low = 1 ... critical = 4, so sorting by rank puts the most critical last ascending and first descending.
        view.CriticalityRank = view.Criticality.Length == 0 ? 0 : HumanFields.Criticalities.Count - IndexOf(HumanFields.Criticalities, view.Criticality);
        view.Owner = view.Human.GetValueOrDefault(HumanFields.Owner) ?? "";
        view.Department = view.Human.GetValueOrDefault(HumanFields.Department) ?? "";
        view.Classification = view.Human.GetValueOrDefault(HumanFields.Classification) ?? "";
        view.TagKeys = [.. view.Tags.Keys.Order(StringComparer.Ordinal)];
        view.TagPairs = [.. view.Tags.Select(t => t.Key + "=" + t.Value).Order(StringComparer.Ordinal)];
        view.SearchText = string.Join(' ', new[] { view.Name, view.HumanId, view.Arn, view.ResourceId }.Where(v => !string.IsNullOrEmpty(v)))
            .ToLowerInvariant();
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
