namespace Inventory.Domain.Assets.Edits;

public enum ManualAssetKind
{
    SelfHosted,
    Saas,
    OnPremise,
}

/// <summary>A person registered something discovery cannot see: self-hosted, SaaS or on-premise.</summary>
public sealed record ManualAssetRegistered(
    string AssetId, long Number, ManualAssetKind Kind, string Name, IReadOnlyList<string> IpAddresses, IReadOnlyList<string> DnsNames,
    IReadOnlyDictionary<string, string> Fields, Cause Cause, DateTimeOffset At)
{
    public const string Service = "manual";

    public string ResourceType => ResourceTypeOf(Kind);

    public static string ResourceTypeOf(ManualAssetKind kind) => kind switch
    {
        ManualAssetKind.SelfHosted => "manual:self-hosted",
        ManualAssetKind.Saas => "manual:saas",
        _ => "manual:on-premise",
    };
}

/// <summary>A person changed fields people maintain (or a manual asset's name); each change with its old and new value.</summary>
public sealed record AssetEdited(string AssetId, IReadOnlyList<FieldChange> Changes, Cause Cause, DateTimeOffset At);

/// <summary>A person retired the asset; it stays in the register with its history.</summary>
public sealed record AssetDecommissioned(string AssetId, string? Reason, Cause Cause, DateTimeOffset At);
