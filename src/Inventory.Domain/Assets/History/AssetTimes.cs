using Inventory.Domain.Assets.Edits;

namespace Inventory.Domain.Assets.History;

/// <summary>When an asset event became true: the scan that observed it, or the moment a person made the edit.</summary>
public static class AssetTimes
{
    public static DateTimeOffset? Of(object data) => data switch
    {
        AssetSeen seen => seen.ObservedAt,
        AssetChanged changed => changed.ObservedAt,
        AssetGone gone => gone.ObservedAt,
        ManualAssetRegistered registered => registered.At,
        AssetEdited edited => edited.At,
        AssetDecommissioned decommissioned => decommissioned.At,
        _ => null,
    };
}
