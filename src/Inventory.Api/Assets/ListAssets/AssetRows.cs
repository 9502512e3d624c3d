using Inventory.Domain.Assets;
using Marten;
using Npgsql;

namespace Inventory.Api.Assets.ListAssets;

/// <summary>Runs the list's SQL on its own connection: '?' placeholders in order, asset views read back through Marten's serializer.</summary>
internal static class AssetRows
{
    public static Task<List<AssetView>> QueryAsync(IDocumentStore store, string sql, IReadOnlyList<object> parameters, CancellationToken cancellation) =>
        QueryAsync<AssetView>(store, sql, parameters, cancellation);

    public static Task<List<T>> QueryAsync<T>(IDocumentStore store, string sql, IReadOnlyList<object> parameters, CancellationToken cancellation)
    {
        var serializer = store.Options.Serializer();
        return ReadAsync(store, sql, parameters, reader => serializer.FromJson<T>(reader, 0), cancellation);
    }

    /// <summary>Each row of the result, read by <paramref name="row"/>.</summary>
    public static async Task<List<T>> ReadAsync<T>(IDocumentStore store, string sql, IReadOnlyList<object> parameters, Func<NpgsqlDataReader, T> row,
        CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellation))
            rows.Add(row(reader));
        return rows;
    }

    public static async Task<long> CountAsync(IDocumentStore store, string sql, IReadOnlyList<object> parameters, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Turns each '?' into $1, $2, ... so Npgsql binds the values positionally.</summary>
    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IReadOnlyList<object> parameters)
    {
        var text = new System.Text.StringBuilder(sql.Length + 16);
        var n = 0;
        foreach (var c in sql)
        {
            if (c == '?')
                text.Append('$').Append(++n);
            else
                text.Append(c);
        }
        if (n != parameters.Count)
            throw new InvalidOperationException($"The SQL has {n} placeholders for {parameters.Count} values.");
        var command = new NpgsqlCommand(text.ToString(), connection);
        foreach (var value in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
