using Inventory.Domain.Assets;
using Inventory.Domain.Observations;

namespace Inventory.Domain.Relationships.Graph;

/// <summary>
/// One asset as the relationship graph knows it: what a UI draws (name, service, status), what it answers to (ARN, id,
/// DNS names) and what it names (related ids), with the derived edges those currently resolve to.
/// </summary>
public sealed class GraphNode
{
    public string Id { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public string Service { get; set; } = "";
    public string ResourceType { get; set; } = "";
    public string? Name { get; set; }
    public string? Arn { get; set; }
    public string? ResourceId { get; set; }
    public AssetStatus Status { get; set; }
    public List<string> DnsNames { get; set; } = [];

    /// <summary>Related ids by kind (subnet, vpc, alias, ...), as the collector observed them.</summary>
    public Dictionary<string, List<string>> Related { get; set; } = [];

    /// <summary>Each reference that resolves, to each asset it resolves to; an edge exists while one of these supports it.</summary>
    public List<EdgeSupport> Supports { get; set; } = [];

    internal GraphNode Clone() => new()
    {
        Id = Id, AccountId = AccountId, Region = Region, Service = Service, ResourceType = ResourceType, Name = Name, Arn = Arn,
        ResourceId = ResourceId, Status = Status, DnsNames = [.. DnsNames],
        Related = Related.ToDictionary(r => r.Key, r => r.Value.ToList(), StringComparer.Ordinal), Supports = [.. Supports],
    };

    /// <summary>The node after one asset event; the graph's edges are decided elsewhere.</summary>
    internal static GraphNode Evolve(GraphNode? node, string id, object @event)
    {
        switch (@event)
        {
            case AssetSeen seen:
                node = node?.Clone() ?? Start(id, seen.AccountId, seen.Region, seen.Service, seen.ResourceType);
                node.Status = AssetStatus.Active;
                node.Arn = AssetDescription.Get(seen.Fields, AssetDescription.Arn);
                node.ResourceId = AssetDescription.Get(seen.Fields, AssetDescription.ResourceId);
                node.Name = AssetDescription.Get(seen.Fields, AssetDescription.Name);
                node.DnsNames = [.. AssetDescription.GetList(seen.Fields, AssetDescription.DnsNames)];
                node.Related = seen.Fields.Keys
                    .Where(k => k.StartsWith(AssetDescription.RelatedPrefix, StringComparison.Ordinal))
                    .ToDictionary(k => k[AssetDescription.RelatedPrefix.Length..], k => AssetDescription.GetList(seen.Fields, k).ToList(), StringComparer.Ordinal);
                return node;
            case AssetChanged changed:
                node = node?.Clone() ?? Start(id, changed.AccountId, changed.Region, changed.Service, changed.ResourceType);
                foreach (var change in changed.Changes)
                    Apply(node, change);
                return node;
            case AssetGone gone:
                node = node?.Clone() ?? Start(id, gone.AccountId, gone.Region, gone.Service, gone.ResourceType);
                node.Status = AssetStatus.Gone;
                return node;
            // A person's asset has no AWS account or related ids: it is a target and a source of manual edges only.
            case Assets.Edits.ManualAssetRegistered registered:
                node = Start(id, "", "", Assets.Edits.ManualAssetRegistered.Service, registered.ResourceType);
                node.Status = AssetStatus.Active;
                node.Name = registered.Name;
                node.DnsNames = [.. registered.DnsNames];
                return node;
            case Assets.Edits.AssetEdited edited when node is not null:
                node = node.Clone();
                foreach (var rename in edited.Changes.Where(c => c.Field == Assets.Edits.EditRules.NameField))
                    node.Name = rename.New;
                return node;
            default:
                throw new ArgumentException($"{@event.GetType().Name} is not an asset event.", nameof(@event));
        }
    }

    private static GraphNode Start(string id, string account, string region, string service, string type) =>
        new() { Id = id, AccountId = account, Region = region, Service = service, ResourceType = type };

    private static void Apply(GraphNode node, FieldChange change)
    {
        var one = new Dictionary<string, string>(StringComparer.Ordinal);
        if (change.New is not null)
            one[change.Field] = change.New;
        switch (change.Field)
        {
            case AssetDescription.Arn: node.Arn = change.New; break;
            case AssetDescription.ResourceId: node.ResourceId = change.New; break;
            case AssetDescription.Name: node.Name = change.New; break;
            case AssetDescription.DnsNames: node.DnsNames = [.. AssetDescription.GetList(one, change.Field)]; break;
            case var field when field.StartsWith(AssetDescription.RelatedPrefix, StringComparison.Ordinal):
                var kind = field[AssetDescription.RelatedPrefix.Length..];
                if (change.New is null)
                    node.Related.Remove(kind);
                else
                    node.Related[kind] = [.. AssetDescription.GetList(one, field)];
                break;
        }
    }
}

/// <summary>A reference of the source (its key and the id it was observed as) resolved to one target, as an edge of one type.</summary>
public sealed record EdgeSupport(string Type, string TargetId, string Key, string Reference);
