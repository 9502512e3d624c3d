using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Assets.Edits;

/// <summary>What an edit decides from, folded from the asset's own stream when the edit is made (never from a read model).</summary>
public sealed class AssetEditState
{
    public string Id { get; set; } = "";
    public bool Manual { get; set; }
    public string? Name { get; set; }
    public bool Decommissioned { get; set; }
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.Ordinal);
}

public sealed partial class AssetEditStateProjection : SingleStreamProjection<AssetEditState, string>
{
    public AssetEditStateProjection()
    {
        IncludeType<AssetSeen>();
        IncludeType<ManualAssetRegistered>();
        IncludeType<AssetEdited>();
        IncludeType<AssetDecommissioned>();
    }

    public override AssetEditState? Evolve(AssetEditState? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case AssetSeen:
                snapshot ??= new AssetEditState { Id = id };
                break;
            case ManualAssetRegistered registered:
                snapshot = new AssetEditState
                {
                    Id = id, Manual = true, Name = registered.Name, Fields = new(registered.Fields, StringComparer.Ordinal),
                };
                break;
            case AssetEdited edited when snapshot is not null:
                foreach (var change in edited.Changes.Where(c => c.Field == EditRules.NameField))
                    snapshot.Name = change.New;
                HumanFields.Apply(snapshot.Fields, edited.Changes.Where(c => c.Field != EditRules.NameField));
                break;
            case AssetDecommissioned when snapshot is not null:
                snapshot.Decommissioned = true;
                break;
        }
        return snapshot;
    }
}
