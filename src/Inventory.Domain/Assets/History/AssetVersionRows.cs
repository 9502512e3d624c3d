using Marten;

namespace Inventory.Domain.Assets.History;

/// <summary>
/// Writes a batch's versions as one multi-row upsert into the versions' document table, instead of one upsert call per
/// version. The list's columns are read from each version's JSON in the same statement, so they always agree with it.
/// </summary>
internal static class AssetVersionRows
{
    private static readonly string[] Columns =
    [
        "asset_id", "valid_from", "valid_until", "sort_name", "number", "service", "resource_type", "account_id", "region", "status",
        "criticality_rank", "criticality", "owner", "department", "category", "classification", "first_seen_at", "last_changed_at",
        "tag_keys", "tag_pairs", "search_text",
    ];

    private const string Values = """
        d->>'assetId', (d->>'validFrom')::timestamptz, (d->>'validUntil')::timestamptz, d->>'sortName', (d->>'number')::bigint,
        d->>'service', d->>'resourceType', d->>'accountId', d->>'region', d->>'status', (d->>'criticalityRank')::integer,
        d->>'criticality', d->>'owner', d->>'department', d->>'category', d->>'classification', (d->>'firstSeenAt')::timestamptz,
        (d->>'lastChangedAt')::timestamptz, array(select jsonb_array_elements_text(d->'tagKeys')),
        array(select jsonb_array_elements_text(d->'tagPairs')), d->>'searchText'
        """;

    public static async Task QueueAsync(IDocumentOperations operations, IReadOnlyList<AssetVersion> versions, CancellationToken cancellation)
    {
        if (versions.Count == 0)
            return;
        // The table is created on first use, like any document's.
        await operations.Database.EnsureStorageExistsAsync(typeof(AssetVersion), cancellation);
        var options = operations.DocumentStore.Options;
        var serializer = options.Serializer();
        var table = $"{options.DatabaseSchemaName}.mt_doc_assetversion";
        var sql = $"""
            insert into {table} (id, data, mt_last_modified, mt_version, mt_dotnet_type, {string.Join(", ", Columns)})
            select v.id, v.d, transaction_timestamp(), gen_random_uuid(), '{typeof(AssetVersion).FullName}', {Values}
            from unnest(^::varchar[], ^::jsonb[]) as v(id, d)
            on conflict (id) do update set data = excluded.data, mt_last_modified = excluded.mt_last_modified, mt_version = excluded.mt_version,
                {string.Join(", ", Columns.Select(c => $"{c} = excluded.{c}"))}
            """;
        operations.QueueSqlCommand('^', sql, versions.Select(v => v.Id).ToArray(), versions.Select(v => serializer.ToJson(v)).ToArray());
    }
}
