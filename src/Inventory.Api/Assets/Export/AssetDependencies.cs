using Inventory.Domain.Relationships;

namespace Inventory.Api.Assets.Export;

/// <summary>
/// What each asset depends on, by the edges of the relationship graph: the targets of its outgoing edges of every type but
/// attached-to and contains (an instance needs its subnet), and the container of a contains edge pointing at it, listed as
/// "contained-by". The inverse of "what depends on this", so the export and the blast radius agree.
/// </summary>
internal static class AssetDependencies
{
    public const string ContainedBy = "contained-by";

    /// <summary>Each asset's dependencies as "type ASSET-0042" (the other end's human id, else its name), for one batch in one query.</summary>
    public static async Task<IReadOnlyDictionary<string, List<string>>> ForAsync(ExportSnapshot snapshot, IReadOnlyList<string> assetIds,
        CancellationToken cancellation)
    {
        var edges = $"{snapshot.Schema}.mt_doc_relationshipedge";
        var assets = $"{snapshot.Schema}.mt_doc_assetview";
        var ids = assetIds.ToArray();
        var sql = $"""
            select e.source_id, e.data->>'type', coalesce(t.data->>'humanId', t.data->>'name', t.data->>'resourceId', t.id)
              from {edges} e join {assets} t on t.id = e.target_id
             where e.source_id = any(?) and e.data->>'dependence' = '{nameof(Dependence.SourceOnTarget)}'
            union all
            select e.target_id, '{ContainedBy}', coalesce(s.data->>'humanId', s.data->>'name', s.data->>'resourceId', s.id)
              from {edges} e join {assets} s on s.id = e.source_id
             where e.target_id = any(?) and e.data->>'dependence' = '{nameof(Dependence.TargetOnSource)}'
            order by 1, 2, 3
            """;
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = snapshot.Command(sql, [ids, ids]);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var asset = reader.GetString(0);
            if (!found.TryGetValue(asset, out var list))
                found[asset] = list = [];
            list.Add(reader.GetString(1) + " " + reader.GetString(2));
        }
        return found;
    }
}
