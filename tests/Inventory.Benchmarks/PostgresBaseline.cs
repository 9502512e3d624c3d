using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Inventory.Benchmarks;

/// <summary>The least PostgreSQL itself needs for the same work: plain tables (id, type, data jsonb), binary COPY and a plain SELECT.</summary>
internal sealed class PostgresBaseline(string connectionString, string schema)
{
    public const string Events = "raw_events";
    public const string Documents = "raw_documents";

    public async Task CreateTablesAsync()
    {
        await ExecuteAsync($"""
            CREATE SCHEMA IF NOT EXISTS {schema};
            CREATE TABLE {schema}.{Events} (id text, type text, data jsonb);
            CREATE TABLE {schema}.{Documents} (id text, type text, data jsonb);
            """);
    }

    /// <summary>Binary COPY of prepared JSON payloads (read as they are copied), in one transaction; returns the elapsed time.</summary>
    public async Task<TimeSpan> CopyAsync(string table, IEnumerable<Payload> payloads)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {schema}.{table} (id, type, data) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var payload in payloads)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(payload.Id, NpgsqlDbType.Text);
                await importer.WriteAsync(payload.Type, NpgsqlDbType.Text);
                await importer.WriteAsync(payload.Json, NpgsqlDbType.Jsonb);
            }
            await importer.CompleteAsync();
        }
        await transaction.CommitAsync();
        return watch.Elapsed;
    }

    /// <summary>Reads every row of a table, each row's text materialised and then dropped; returns the elapsed time and the row count.</summary>
    public async Task<(TimeSpan Elapsed, int Rows)> ReadAllAsync(string table)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id, data FROM {schema}.{table}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        long characters = 0;
        while (await reader.ReadAsync())
        {
            characters += reader.GetString(0).Length + reader.GetString(1).Length;
            rows++;
        }
        GC.KeepAlive(characters);
        return (watch.Elapsed, rows);
    }

    public async Task<string> ServerAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version(), current_setting('fsync'), current_setting('synchronous_commit')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetString(0)} (fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)})";
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>One row for the baseline: an event or document serialised with System.Text.Json.</summary>
internal sealed record Payload(string Id, string Type, string Json);
