namespace Inventory.Api.Hosting;

/// <summary>The "Inventory" configuration section.</summary>
public sealed class InventoryOptions
{
    /// <summary>PostgreSQL schema of the event store and read models; the message store uses "{Schema}_messages".</summary>
    public string Schema { get; set; } = "inventory";

    /// <summary>Attribute paths ignored per resource type; replaces the built-in list for the types it names.</summary>
    public Dictionary<string, string[]> VolatileFields { get; set; } = [];

    /// <summary>Folder of the built web UI; found next to the repository when empty.</summary>
    public string? UiRoot { get; set; }

    /// <summary>Run async projections in this process: one elected leader runs them all, or each takes a share (Inventory:Cluster:ShareProjections).</summary>
    public bool RunProjections { get; set; } = true;
}
