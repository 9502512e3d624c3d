namespace Inventory.Domain.Assets;

public enum AssetStatus
{
    Active,
    Gone,
}

public enum GoneReason
{
    AbsentFromCleanScan,
    Terminated,
    Deleting,

    /// <summary>Its account was removed from the register with markAssetsGone=true.</summary>
    AccountRemoved,
}

/// <summary>One field of an asset's normalised description before and after; null means absent.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>A resource was seen for the first time, or again after it had gone.</summary>
public sealed record AssetSeen(
    string AssetId,
    string AccountId,
    string Region,
    string Service,
    string ResourceType,
    IReadOnlyDictionary<string, string> Fields,
    bool Reappeared,
    DateTimeOffset ObservedAt,
    Cause Cause);

/// <summary>A resource's normalised description differs from the last one recorded.</summary>
/// <param name="Fingerprint">Of the new description, so the write side knows it without keeping every description.</param>
public sealed record AssetChanged(
    string AssetId,
    string AccountId,
    string Region,
    string Service,
    string ResourceType,
    IReadOnlyList<FieldChange> Changes,
    DateTimeOffset ObservedAt,
    Cause Cause,
    string Fingerprint = "");

/// <summary>A resource vanished: absent from a clean scan of its scope, terminated, or being deleted.</summary>
public sealed record AssetGone(
    string AssetId,
    string AccountId,
    string Region,
    string Service,
    string ResourceType,
    GoneReason Reason,
    DateTimeOffset LastSeenAt,
    DateTimeOffset ObservedAt,
    Cause Cause);
