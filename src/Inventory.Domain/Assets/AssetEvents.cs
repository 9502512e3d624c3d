namespace Inventory.Domain.Assets;

/// <summary>Active and gone are what discovery knows; inactive (stopped in AWS) and decommissioned (retired by a person) only the views add.</summary>
public enum AssetStatus
{
    Active,
    Gone,
    Inactive,
    Decommissioned,
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
/// <param name="Number">The human id's number (ASSET-0042), given at first sight; a reappearance keeps the first.</param>
public sealed record AssetSeen(
    string AssetId,
    string AccountId,
    string Region,
    string Service,
    string ResourceType,
    IReadOnlyDictionary<string, string> Fields,
    bool Reappeared,
    DateTimeOffset ObservedAt,
    Cause Cause,
    long? Number = null);

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
