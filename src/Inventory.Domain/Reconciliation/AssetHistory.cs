using Inventory.Domain.Assets;
using Inventory.Domain.Observations;

namespace Inventory.Domain.Reconciliation;

/// <summary>An asset's description as its own events last recorded it: the exact "before" of a change.</summary>
public static class AssetHistory
{
    public static Dictionary<string, string> Describe(IEnumerable<object> events)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            switch (e)
            {
                case AssetSeen seen:
                    fields = new Dictionary<string, string>(seen.Fields, StringComparer.Ordinal);
                    break;
                case AssetChanged changed:
                    AssetDescription.Apply(fields, changed.Changes);
                    break;
            }
        }
        return fields;
    }
}
