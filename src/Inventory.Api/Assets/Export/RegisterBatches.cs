using Inventory.Api.Assets.ListAssets;
using Marten;

namespace Inventory.Api.Assets.Export;

/// <summary>The matching assets as register rows, batch by batch, with each batch's dependencies read in one query.</summary>
internal static class RegisterBatches
{
    public static async IAsyncEnumerable<IReadOnlyList<RegisterRow>> ReadAsync(ExportSnapshot snapshot, AssetQuery query, AssetQuerySql sql,
        IReadOnlyDictionary<string, string> categories, bool withDependencies,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var batch in snapshot.BatchesAsync(query, sql, cancellation))
        {
            var dependencies = withDependencies
                ? await AssetDependencies.ForAsync(snapshot, batch.Select(a => a.Id).ToList(), cancellation)
                : new Dictionary<string, List<string>>();
            yield return batch.Select(a => RegisterColumns.Row(a, CategoryDefaults.Of(a, categories), dependencies.GetValueOrDefault(a.Id) ?? []))
                .ToList();
        }
    }

    public static AssetQuerySql Sql(IDocumentStore store, AssetQuery query, IReadOnlyDictionary<string, string> categories) =>
        AssetQuerySql.For(query, $"{store.Options.DatabaseSchemaName}.mt_doc_assetview", categories);
}
