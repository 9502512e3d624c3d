using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Relationships.Manual;

/// <summary>The manual edges leaving one asset, projected inline so a decision reads them exactly.</summary>
public sealed class ManualRelationships
{
    public string Id { get; set; } = "";
    public List<ManualEdge> Edges { get; set; } = [];

    public bool Has(string type, string targetId) => Edges.Any(e => e.Type == type && e.TargetId == targetId);
}

public sealed record ManualEdge(string Type, string TargetId, string? Description);

public sealed partial class ManualRelationshipsProjection : SingleStreamProjection<ManualRelationships, string>
{
    public ManualRelationshipsProjection()
    {
        IncludeType<RelationshipAdded>();
        IncludeType<RelationshipRemoved>();
    }

    public override ManualRelationships? Evolve(ManualRelationships? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case RelationshipAdded added:
                snapshot ??= new ManualRelationships { Id = id };
                snapshot.Edges.Add(new ManualEdge(added.Type, added.TargetId, added.Description));
                break;
            case RelationshipRemoved removed when snapshot is not null:
                snapshot.Edges.RemoveAll(edge => edge.Type == removed.Type && edge.TargetId == removed.TargetId);
                break;
        }
        return snapshot;
    }
}
