namespace Inventory.Domain.Dashboard;

/// <summary>What happened to an asset, as the dashboard counts it.</summary>
public enum ActivityKind
{
    /// <summary>Discovery saw it for the first time, or a person registered it.</summary>
    New,

    /// <summary>Discovery saw it again after it had gone.</summary>
    Reappeared,

    /// <summary>Discovery found a different description.</summary>
    Changed,

    /// <summary>A person changed fields people maintain.</summary>
    Edited,

    /// <summary>It vanished from AWS.</summary>
    Gone,

    /// <summary>A person retired it.</summary>
    Decommissioned,
}
