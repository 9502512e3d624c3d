namespace Inventory.Domain.Assets.History;

/// <summary>
/// An asset as it was from one event to the next: the list's columns at the top (so the same filters apply as of any
/// instant) and the whole view for the answer. ValidTo is null for the current version.
/// </summary>
public sealed class AssetVersion
{
    public string Id { get; set; } = "";
    public string AssetId { get; set; } = "";
    public long StreamVersion { get; set; }
    public DateTimeOffset ValidFrom { get; set; }
    public DateTimeOffset? ValidTo { get; set; }

    /// <summary>ValidTo, or the end of time for the current version: one range the planner can estimate, where "null or later" is two.</summary>
    public DateTimeOffset ValidUntil { get; set; }

    public string SortName { get; set; } = "";
    public long Number { get; set; }
    public string Service { get; set; } = "";
    public string ResourceType { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public AssetStatus Status { get; set; }
    public int CriticalityRank { get; set; }
    public string Criticality { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Department { get; set; } = "";
    public string Category { get; set; } = "";
    public string Classification { get; set; } = "";
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
    public List<string> TagKeys { get; set; } = [];
    public List<string> TagPairs { get; set; } = [];
    public string SearchText { get; set; } = "";

    public AssetView View { get; set; } = new();

    public static readonly DateTimeOffset EndOfTime = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static string KeyOf(string assetId, long streamVersion) => $"{assetId}:{streamVersion}";

    public static AssetVersion Of(AssetView view, long streamVersion, DateTimeOffset from, DateTimeOffset? to) => new()
    {
        Id = KeyOf(view.Id, streamVersion), AssetId = view.Id, StreamVersion = streamVersion, ValidFrom = from, ValidTo = to, ValidUntil = to ?? EndOfTime,
        SortName = view.SortName, Number = view.Number, Service = view.Service, ResourceType = view.ResourceType, AccountId = view.AccountId,
        Region = view.Region, Status = view.Status, CriticalityRank = view.CriticalityRank, Criticality = view.Criticality, Owner = view.Owner,
        Department = view.Department, Category = view.Category, Classification = view.Classification, FirstSeenAt = view.FirstSeenAt,
        LastChangedAt = view.LastChangedAt, TagKeys = view.TagKeys, TagPairs = view.TagPairs, SearchText = view.SearchText, View = view,
    };
}
