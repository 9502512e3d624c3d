using Marten;
using Weasel.Postgresql.Tables;

namespace Inventory.Domain.Assets;

/// <summary>
/// The asset list's columns: every filter and sort key is a real column with an index, so a page at a million assets reads
/// an index range. Sort keys are indexed with the id, which breaks ties in keyset pagination.
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
            .Duplicate(x => x.SortName, notNull: true, configure: WithId("sort_name"))
            .Duplicate(x => x.Number!, pgType: "bigint", configure: WithId("number"))
            .Duplicate(x => x.Service, notNull: true, configure: WithId("service"))
            .Duplicate(x => x.ResourceType, notNull: true, configure: WithId("resource_type"))
            .Duplicate(x => x.AccountId, notNull: true, configure: WithId("account_id"))
            .Duplicate(x => x.Region, notNull: true, configure: WithId("region"))
            .Duplicate(x => x.Status, pgType: "varchar", notNull: true, configure: WithId("status"))
            .Duplicate(x => x.CriticalityRank, notNull: true, configure: WithId("criticality_rank"))
            .Duplicate(x => x.Criticality, notNull: true)
            .Duplicate(x => x.Owner, notNull: true, configure: WithId("owner"))
            .Duplicate(x => x.Department, notNull: true, configure: WithId("department"))
            .Duplicate(x => x.Category, notNull: true, configure: WithId("category"))
            .Duplicate(x => x.Classification, notNull: true, configure: WithId("classification"))
            .Duplicate(x => x.FirstSeenAt, notNull: true, configure: WithId("first_seen_at"))
            .Duplicate(x => x.LastChangedAt, notNull: true, configure: WithId("last_changed_at"))
            .Duplicate(x => x.TagKeys, pgType: "text[]", configure: Gin)
            .Duplicate(x => x.TagPairs, pgType: "text[]", configure: Gin)
            .Duplicate(x => x.SearchText, notNull: true, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            });
    }

    private static Action<Marten.Schema.DocumentIndex> WithId(string column) => index => index.Columns = [column, "id"];

    private static void Gin(Marten.Schema.DocumentIndex index) => index.Method = IndexMethod.gin;
}
