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
            .Duplicate(x => x.SortName, configure: WithId("sort_name"))
            .Duplicate(x => x.Number, configure: WithId("number"))
            .Duplicate(x => x.Service, configure: WithId("service"))
            .Duplicate(x => x.ResourceType, configure: WithId("resource_type"))
            .Duplicate(x => x.AccountId, configure: WithId("account_id"))
            .Duplicate(x => x.Region, configure: WithId("region"))
            .Duplicate(x => x.Status, pgType: "varchar", configure: WithId("status"))
            .Duplicate(x => x.CriticalityRank, configure: WithId("criticality_rank"))
            .Duplicate(x => x.Criticality)
            .Duplicate(x => x.Owner, configure: WithId("owner"))
            .Duplicate(x => x.Department, configure: WithId("department"))
            .Duplicate(x => x.Category, configure: WithId("category"))
            .Duplicate(x => x.Classification, configure: WithId("classification"))
            .Duplicate(x => x.FirstSeenAt, configure: WithId("first_seen_at"))
            .Duplicate(x => x.LastChangedAt, configure: WithId("last_changed_at"))
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
            .Duplicate(x => x.SortName, configure: WithId("sort_name"))
            .Duplicate(x => x.Number, configure: WithId("number"))
            .Duplicate(x => x.Service, configure: WithId("service"))
            .Duplicate(x => x.ResourceType, configure: WithId("resource_type"))
            .Duplicate(x => x.AccountId, configure: WithId("account_id"))
            .Duplicate(x => x.Region, configure: WithId("region"))
            .Duplicate(x => x.Status, pgType: "varchar", configure: WithId("status"))
            .Duplicate(x => x.CriticalityRank, configure: WithId("criticality_rank"))
            .Duplicate(x => x.Criticality)
            .Duplicate(x => x.Owner, configure: WithId("owner"))
            .Duplicate(x => x.Department, configure: WithId("department"))
            .Duplicate(x => x.Category, configure: WithId("category"))
            .Duplicate(x => x.Classification, configure: WithId("classification"))
            .Duplicate(x => x.FirstSeenAt, configure: WithId("first_seen_at"))
            .Duplicate(x => x.LastChangedAt, configure: WithId("last_changed_at"))
            .Duplicate(x => x.TagKeys, pgType: "text[]", configure: Gin)
            .Duplicate(x => x.TagPairs, pgType: "text[]", configure: Gin)
            .Duplicate(x => x.SearchText, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            });
    }

    private static Action<Marten.Schema.DocumentIndex> WithId(string column) => index => index.Columns = [column, "id"];

    private static void Gin(Marten.Schema.DocumentIndex index) => index.Method = IndexMethod.gin;
}
