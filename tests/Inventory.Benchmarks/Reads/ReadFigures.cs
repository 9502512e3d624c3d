using System.Diagnostics;
using System.Globalization;
using Inventory.Api.Assets.ListAssets;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Npgsql;

namespace Inventory.Benchmarks.Reads;

/// <summary>
/// Read latency at scale: each query through the real HTTP endpoint (p50/p95 over repeated requests) beside the same SQL
/// sent straight through Npgsql, reading the same rows as text.
/// </summary>
internal static class ReadFigures
{
    private const int Runs = 60;
    private const int WarmUp = 5;

    /// <param name="Counts">The baseline's SQL counts the rows instead of reading them; the check compares the product's total.</param>
    private sealed record Query(string Name, string Url, string Sql, object[] Parameters, double TargetMs, bool Counts = false);

    /// <param name="explain">Print each query's plan (EXPLAIN ANALYZE, BUFFERS) before the table.</param>
    public static async Task<int> RunAsync(StartedInventory inventory, BenchSignIn signIn, string connectionString, int assets, bool explain = false)
    {
        var store = inventory.Store;
        Console.WriteLine($"1. {assets:N0} assets written into the read models (views, versions, lifecycle rows)");
        var watch = Stopwatch.StartNew();
        await ReadEstate.SeedAsync(store, assets);
        Console.WriteLine($"   {watch.Elapsed.TotalSeconds:0.0} s; VACUUM ANALYZE, as autovacuum would after a load");
        foreach (var table in new[] { "mt_doc_assetview", "mt_doc_assetversion", "mt_doc_assetlifecyclerow" })
            await ExecuteAsync(connectionString, $"VACUUM ANALYZE {inventory.Schema}.{table}");

        var queries = await QueriesAsync(inventory, connectionString, assets);
        using var http = await signIn.ClientAsync(inventory.BaseAddress);
        Console.WriteLine($"2. each query {Runs} times after {WarmUp} warm-up runs");
        var rows = new List<string[]>();
        var failed = false;
        foreach (var query in queries)
        {
            var answer = "";
            var product = await TimeAsync(async () =>
            {
                using var response = await http.GetAsync(query.Url);
                answer = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"{query.Url}: {(int)response.StatusCode} {answer}");
            });
            var rawRows = new List<string>();
            var raw = await TimeAsync(async () => rawRows = await RawAsync(connectionString, query.Sql, query.Parameters));
            // Same rows: the product's page holds what the raw query read (less the look-ahead row), or its total the raw count.
            using var json = System.Text.Json.JsonDocument.Parse(answer);
            var same = query.Counts
                ? json.RootElement.GetProperty("total").GetInt64() == long.Parse(rawRows[0], CultureInfo.InvariantCulture)
                : json.RootElement.GetProperty("items").GetArrayLength() == Math.Min(rawRows.Count, 50);
            failed |= !same;
            var met = product.P95 <= query.TargetMs;
            rows.Add([query.Name, $"{product.P50:0.0} / {product.P95:0.0} ms", $"{raw.P50:0.0} / {raw.P95:0.0} ms", $"p95 < {query.TargetMs} ms {(met ? "met" : "MISSED")}",
                same ? "ok" : "FAILED"]);
        }
        foreach (var query in queries.Where(q => explain))
            await ExplainAsync(connectionString, query);
        Figure.PrintTable(["query (p50 / p95)", "Inventory over HTTP", "raw SQL via Npgsql", "target", "same rows"], rows);
        return failed ? 1 : 0;
    }

    private static async Task<List<Query>> QueriesAsync(StartedInventory inventory, string connectionString, int assets)
    {
        var schema = inventory.Schema;
        var view = $"{schema}.mt_doc_assetview";
        var versions = $"{schema}.mt_doc_assetversion";
        var lifecycle = $"{schema}.mt_doc_assetlifecyclerow";
        var categories = new Dictionary<string, string>();
        var list = new List<Query>();

        (string Sql, object[] Parameters) ListSql(string query, string table, DateTimeOffset? at = null)
        {
            var errors = new Dictionary<string, string[]>();
            var parsed = AssetQuery.Parse(new QueryCollection(QueryHelpers(query)), errors, new HashSet<string> { "at" });
            if (errors.Count > 0)
                throw new InvalidOperationException(string.Join(" ", errors.Values.SelectMany(e => e)));
            var sql = AssetQuerySql.For(parsed, table, categories);
            if (at is { } instant)
                sql.ValidAt(instant);
            var (pageSql, parameters) = sql.PageQuery(parsed);
            return (pageSql, [.. parameters]);
        }

        void Add(string name, string path, string query, string table, double target, DateTimeOffset? at = null)
        {
            var (sql, parameters) = ListSql(query, table, at);
            list.Add(new Query(name, path + "?" + query + (at is { } a ? "&at=" + Uri.EscapeDataString(a.ToString("O")) : ""), sql, parameters, target));
        }

        Add("filtered, sorted first page", "/api/assets", "service=ec2&region=eu-west-1&tag=env=prod&sort=-lastChangedAt&pageSize=50", view, 50);
        var (deepName, deepId) = await RowAtAsync(connectionString, $"select sort_name, id from {view} order by sort_name, id offset {assets / 2} limit 1");
        var cursor = new AssetCursor("name", false, deepName, deepId).Encode();
        Add($"deep page (row {assets / 2:N0} by name)", "/api/assets", $"sort=name&pageSize=50&cursor={cursor}", view, 50);
        Add("text search", "/api/assets", "q=app-00123&pageSize=50", view, 150);
        Add("as-of inventory (45 days ago)", "/api/assets/as-of", "service=rds&sort=name&pageSize=50", versions, 150, ReadEstate.Now.AddDays(-45));

        var from = ReadEstate.Now.AddDays(-30);
        var auditUrl = $"/api/audit?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(ReadEstate.Now.ToString("O"))}&service=ec2&pageSize=50";
        list.Add(new Query("audit over 30 days", auditUrl,
            $"select data from {lifecycle} where at >= ? and at < ? and asset_id in (select id from {view} where service = ANY(?)) order by at desc, id desc limit ?",
            [from, ReadEstate.Now, new[] { "ec2" }, 51], 150));
        var (countSql, countParameters) = ("select count(*) from " + view + " where service = ANY(?)", new object[] { new[] { "ec2" } });
        list.Add(new Query("first page with total count", "/api/assets?service=ec2&includeTotal=true&pageSize=50", countSql, countParameters, 150, Counts: true));
        return list;
    }

    private static Dictionary<string, StringValues> QueryHelpers(string query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);

    private static async Task<(double P50, double P95)> TimeAsync(Func<Task> run)
    {
        for (var i = 0; i < WarmUp; i++)
            await run();
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[Runs / 2], times[(int)Math.Ceiling(Runs * 0.95) - 1]);
    }

    private static async Task<List<string>> RawAsync(string connectionString, string sql, object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = AssetRows.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        return rows;
    }

    private static async Task<(string, string)> RowAtAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1));
    }

    private static async Task ExplainAsync(string connectionString, Query query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = AssetRows.Command(connection, "EXPLAIN (ANALYZE, BUFFERS) " + query.Sql, query.Parameters);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"plan of {query.Name}:");
        while (await reader.ReadAsync())
            Console.WriteLine("  " + reader.GetString(0));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
