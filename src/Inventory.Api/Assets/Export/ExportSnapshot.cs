using System.Data;
using System.Runtime.CompilerServices;
using Inventory.Api.Assets.ListAssets;
using Inventory.Domain.Assets;
using Marten;
using Npgsql;

namespace Inventory.Api.Assets.Export;

/// <summary>
/// One read-only, repeatable-read transaction for a whole export, so its batches, its counts and its dependencies all see the
/// register as it was at one instant, however long the download takes.
/// </summary>
internal sealed class ExportSnapshot : IAsyncDisposable
{
    /// <summary>Assets read per query: memory holds one batch, whatever the size of the export.</summary>
    public const int BatchSize = 1000;

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly ISerializer serializer;

    private ExportSnapshot(NpgsqlConnection connection, NpgsqlTransaction transaction, ISerializer serializer, string schema)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.serializer = serializer;
        Schema = schema;
    }

    public string Schema { get; }

    public static async Task<ExportSnapshot> OpenAsync(IDocumentStore store, CancellationToken cancellation)
    {
        var connection = store.Storage.Database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellation);
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
            await using (var readOnly = new NpgsqlCommand("set transaction read only", connection, transaction))
                await readOnly.ExecuteNonQueryAsync(cancellation);
            return new ExportSnapshot(connection, transaction, store.Options.Serializer(), store.Options.DatabaseSchemaName);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The assets the query matches in its sort order, a keyset batch at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<AssetView>> BatchesAsync(AssetQuery query, AssetQuerySql sql,
        [EnumeratorCancellation] CancellationToken cancellation)
    {
        var page = query with { After = null, PageSize = BatchSize };
        while (true)
        {
            var (where, orderBy, parameters) = sql.Page(page);
            parameters.Add(BatchSize);
            var rows = new List<AssetView>(BatchSize);
            await using (var command = Command($"select data from {sql.Table} where {where} order by {orderBy} limit ?", parameters))
            await using (var reader = await command.ExecuteReaderAsync(cancellation))
            {
                while (await reader.ReadAsync(cancellation))
                    rows.Add(serializer.FromJson<AssetView>(reader, 0));
            }
            if (rows.Count > 0)
                yield return rows;
            if (rows.Count < BatchSize)
                yield break;
            page = page with { After = new AssetCursor(page.Sort, page.Descending, AssetQuerySql.CursorValue(rows[^1], page.Sort), rows[^1].Id) };
        }
    }

    /// <summary>How many matching assets have each value of a column, counted by the database over the export's WHERE clause.</summary>
    public async Task<IReadOnlyList<(string Value, long Count)>> CountsAsync(AssetQuerySql sql, string column, CancellationToken cancellation)
    {
        var counts = new List<(string, long)>();
        await using var command = Command(
            $"select coalesce({column}, ''), count(*) from {sql.Table} where {sql.Where} group by 1 order by 1", sql.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            counts.Add((reader.GetString(0), reader.GetInt64(1)));
        return counts;
    }

    /// <summary>Runs a query of the snapshot whose '?' placeholders take the values in order.</summary>
    public NpgsqlCommand Command(string sql, IReadOnlyList<object> parameters)
    {
        var command = AssetRows.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
