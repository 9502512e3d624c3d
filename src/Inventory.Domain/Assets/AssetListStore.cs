using Marten;
using Weasel.Postgresql.Tables;

namespace Inventory.Domain.Assets;

/// <summary>
/// The asset list's columns: every filter and sort key is a real column with an index, so a page at a million assets reads
/// an index range. Ties on a sort key are broken by the id, which the planner sorts incrementally within each key.
/// </summary>
public static class AssetListStore
{
    /// <summary>Sort keys by their API name and their column.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "sort_name", ["humanId"] = "number", ["service"] = "service", ["resourceType"] = "resource_type",
        ["accountId"] = "account_id", ["region"] = "region", ["status"] = "status", ["criticality"] = "criticality_rank",
        ["owner"] = "owner", ["department"] = "department", ["category"] = "category", ["classification"] = "classification",
        ["firstSeenAt"] = "first_seen_at", ["lastChangedAt"] = "last_changed_at",
    };

    public static void Configure(StoreOptions options)
    {
        options.Storage.ExtendedSchemaObjects.Add(new Weasel.Postgresql.Extension("pg_trgm"));
        options.Schema.For<AssetView>()
            .Duplicate(x => x.ScopeKey)
            .Duplicate(x => x.SortName)
            .Duplicate(x => x.Number)
            .Duplicate(x => x.Service)
            .Duplicate(x => x.ResourceType)
            .Duplicate(x => x.AccountId)
            .Duplicate(x => x.Region)
            .Duplicate(x => x.Status, pgType: "varchar")
            .Duplicate(x => x.CriticalityRank)
            .Duplicate(x => x.Criticality)
            .Duplicate(x => x.Owner)
            .Duplicate(x => x.Department)
            .Duplicate(x => x.Category)
            .Duplicate(x => x.Classification)
            .Duplicate(x => x.FirstSeenAt)
            .Duplicate(x => x.LastChangedAt)
            .Duplicate(x => x.TagKeys, pgType: "text[]", configure: Gin)
            .Duplicate(x => x.TagPairs, pgType: "text[]", configure: Gin)
            .Duplicate(x => x.SearchText, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            });
    }

    /// <summary>Versions carry the list's columns under the same names, so the list's filters and sorts apply as of an instant.</summary>
    public static void ConfigureVersions(StoreOptions options)
    {
        options.Projections.Add(new History.AssetVersionProjection(), JasperFx.Events.Projections.ProjectionLifecycle.Async, History.AssetVersionProjection.Name,
            async => async.DeleteViewTypeOnTeardown<History.AssetVersion>());
        options.Schema.For<History.AssetVersion>()
            .Duplicate(x => x.AssetId)
            .Duplicate(x => x.ValidFrom)
            .Duplicate(x => x.ValidUntil)
            .Duplicate(x => x.SortName)
            .Duplicate(x => x.Number)
            .Duplicate(x => x.Service)
            .Duplicate(x => x.ResourceType)
            .Duplicate(x => x.AccountId)
            .Duplicate(x => x.Region)
            .Duplicate(x => x.Status, pgType: "varchar")
            .Duplicate(x => x.CriticalityRank)
            .Duplicate(x => x.Criticality)
            .Duplicate(x => x.Owner)
            .Duplicate(x => x.Department)
            .Duplicate(x => x.Category)
            .Duplicate(x => x.Classification)
            .Duplicate(x => x.FirstSeenAt)
            .Duplicate(x => x.LastChangedAt)
            .Duplicate(x => x.TagKeys, pgType: "text[]", configure: Gin)
            .Duplicate(x => x.TagPairs, pgType: "text[]", configure: Gin)
            .Duplicate(x => x.SearchText, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            });
    }

    private static void Gin(Marten.Schema.DocumentIndex index) => index.Method = IndexMethod.gin;
}
