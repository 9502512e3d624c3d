using System.Diagnostics;
using Npgsql;

namespace Inventory.Benchmarks.Relationships;

/// <summary>
/// The least PostgreSQL needs for the same walks: the same edges and nodes in plain tables with btree indexes on source
/// and target, walked by one recursive CTE that also reads the reached nodes' JSON.
/// </summary>
internal sealed class GraphBaseline(string connectionString, string schema)
{
    public async Task CopyAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            CREATE TABLE {schema}.raw_edges AS
                SELECT source_id AS source, target_id AS target, data->>'dependence' AS dependence FROM {schema}.mt_doc_relationshipedge;
            CREATE INDEX ON {schema}.raw_edges (source);
            CREATE INDEX ON {schema}.raw_edges (target);
            CREATE TABLE {schema}.raw_nodes AS SELECT id, data FROM {schema}.mt_doc_graphnode;
            ALTER TABLE {schema}.raw_nodes ADD PRIMARY KEY (id);
            ANALYZE {schema}.raw_edges;
            ANALYZE {schema}.raw_nodes;
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The median time of one walk per root (after a warm-up walk) and the nodes reached in all.</summary>
    public async Task<(TimeSpan Median, int Nodes)> TimeAsync(IReadOnlyList<string> roots, int depth, bool dependents)
    {
        var step = dependents
            ? $"SELECT e.source, w.depth + 1 FROM walk w JOIN {schema}.raw_edges e ON e.target = w.id AND e.dependence = 'SourceOnTarget' WHERE w.depth < @depth"
            : $"""
               SELECT CASE WHEN e.source = w.id THEN e.target ELSE e.source END, w.depth + 1
               FROM walk w JOIN {schema}.raw_edges e ON e.source = w.id OR e.target = w.id WHERE w.depth < @depth
               """;
        var sql = $"""
            WITH RECURSIVE walk(id, depth) AS (SELECT @root::text, 0 UNION {step})
            SELECT n.id, n.data::text, r.depth FROM (SELECT id, min(depth) AS depth FROM walk GROUP BY id) r JOIN {schema}.raw_nodes n ON n.id = r.id
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var times = new List<TimeSpan>();
        var nodes = 0;
        foreach (var root in roots)
        {
            await WalkAsync(connection, sql, root, depth);
            var watch = Stopwatch.StartNew();
            nodes += await WalkAsync(connection, sql, root, depth);
            times.Add(watch.Elapsed);
        }
        return (times.Order().ElementAt(times.Count / 2), nodes);
    }

    private static async Task<int> WalkAsync(NpgsqlConnection connection, string sql, string root, int depth)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("root", root);
        command.Parameters.AddWithValue("depth", depth);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, int)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        return rows.Count;
    }
}
