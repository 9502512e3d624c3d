using Inventory.Domain.Assets;
using Inventory.Domain.Dashboard;
using Marten;
using Npgsql;

namespace Inventory.Api.Dashboard;

/// <summary>
/// Counts the asset view's rows by every dimension at once, in one pass over the table: the groups are few (services x accounts x
/// regions x chosen categories x criticalities x statuses), and folding them per dimension happens in memory.
/// </summary>
internal static class AssetGroupQuery
{
    public static async Task<List<AssetGroup>> RunAsync(NpgsqlConnection connection, string schema, CancellationToken cancellation)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        // PostgreSQL guesses the groups as the product of each column's distinct values and sorts a million rows to group them;
        // they are a few hundred in fact, which hashing counts in memory in a third of the time.
        await using (var hint = new NpgsqlCommand("set local enable_sort = off", connection, transaction))
            await hint.ExecuteNonQueryAsync(cancellation);
        var sql = $"""
            select service, account_id, region, category, criticality, status, count(*)
            from {schema}.mt_doc_assetview
            group by 1, 2, 3, 4, 5, 6
            """;
        var groups = new List<AssetGroup>();
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            // The columns stay nullable for tables that predate them; null and "" both mean unset.
            string Text(int column) => reader.IsDBNull(column) ? "" : reader.GetString(column);
            while (await reader.ReadAsync(cancellation))
                groups.Add(new AssetGroup(Text(0), Text(1), Text(2), Text(3), Text(4), Enum.Parse<AssetStatus>(reader.GetString(5)), reader.GetInt64(6)));
        }
        await transaction.CommitAsync(cancellation);
        return groups;
    }

    public static string SchemaOf(IQuerySession session) => session.DocumentStore.Options.DatabaseSchemaName;
}
