using System.Diagnostics;
using Inventory.Benchmarks.Relationships;
using Inventory.Domain;
using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Inventory.Benchmarks.Instances;

/// <summary>
/// Catch-up of every async projection from zero by one instance and by several sharing the projections (Wolverine-managed
/// distribution), each on its own copy of the same N assets' events, beside raw PostgreSQL COPYing the asset views they wrote.
/// </summary>
internal static class InstanceFigures
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static async Task<int> RunAsync(string connectionString, string schema, int assets, int instances)
    {
        var failed = new List<string>();
        void Check(bool ok, string what)
        {
            Console.WriteLine($"  check {(ok ? "ok    " : "FAILED")} {what}");
            if (!ok)
                failed.Add(what);
        }
        var figures = new List<Figure>();
        TimeSpan? copy = null;
        foreach (var count in new[] { 1, instances }.Distinct())
        {
            var copySchema = $"{schema}_i{count}";
            try
            {
                Console.WriteLine($"{count} instance{(count == 1 ? "" : "s")}: {assets:N0} assets appended as AssetSeen in {copySchema}");
                var (events, mark, appended) = await AppendAsync(connectionString, copySchema, assets);
                var watch = Stopwatch.StartNew();
                var running = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => ProjectionInstance.StartAsync(connectionString, copySchema)));
                try
                {
                    var (first, caughtUp, shares) = await CaughtUpAsync(connectionString, copySchema, mark, watch);
                    var catchUp = new Measure(caughtUp - first, events);
                    Console.WriteLine($"  first progress {first.TotalSeconds:0.0} s after the start (election and assignment); caught up {catchUp}; " +
                                      $"projections per instance: {string.Join(", ", shares)}");
                    Check(shares.Count == count, $"{count} instance(s) each ran a share of the projections ({shares.Count} did)");
                    var views = await CountAsync(connectionString, $"select count(*) from {copySchema}.mt_doc_assetview");
                    Check(views == appended, $"AssetView count {views:N0} = {appended:N0}");
                    copy ??= await CopyViewsAsync(connectionString, copySchema);
                    figures.Add(new Figure($"catch-up, every async projection, {count} instance{(count == 1 ? "" : "s")}", catchUp,
                        new Measure(copy.Value, appended, "documents"), ">= 10,000 events/s", catchUp.Rate >= 10_000));
                }
                finally
                {
                    foreach (var instance in running)
                        await instance.DisposeAsync();
                }
            }
            finally
            {
                await DropAsync(connectionString, copySchema);
            }
        }

        Console.WriteLine();
        Console.WriteLine("figures: from the first progress any projection recorded until every one reached the last event (start-up, election and assignment excluded, printed above)");
        Figure.Print(figures);
        if (failed.Count == 0)
            return 0;
        Console.WriteLine($"FAILED checks: {string.Join("; ", failed)}");
        return 1;
    }

    /// <summary>Appends the estate with a plain store (no Wolverine node that could lead the cluster); returns events, the last sequence and the assets.</summary>
    private static async Task<(long Events, long Mark, int Assets)> AppendAsync(string connectionString, string schema, int assets)
    {
        using var store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            InventoryStore.Configure(options, schema);
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var appended = await GraphEstate.AppendAsync(store, assets);
        var events = await CountAsync(connectionString, $"select count(*) from {schema}.mt_events");
        var mark = await CountAsync(connectionString, $"select coalesce(max(seq_id), 0) from {schema}.mt_events");
        return (events, mark, appended);
    }

    /// <summary>
    /// Waits until every registered projection has processed the log up to the mark; returns when the first recorded progress,
    /// when they had all caught up, and how many each instance ran.
    /// </summary>
    private static async Task<(TimeSpan First, TimeSpan CaughtUp, List<int> Shares)> CaughtUpAsync(string connectionString, string schema, long mark,
        Stopwatch since)
    {
        using var store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            InventoryStore.Configure(options, schema);
            options.AutoCreateSchemaObjects = AutoCreate.None;
        });
        var shards = ((IEventStore)store).RegisteredShardNames();
        TimeSpan? first = null;
        while (since.Elapsed < Timeout)
        {
            var lags = await ((IEventDatabase)store.Storage.Database).FetchProjectionLagAsync(shards, CancellationToken.None);
            // Progress rows appear with the first batch a projection commits: the work has begun on some instance.
            first ??= lags.Any(l => l.HasProgressionRow && l.Sequence > 0) ? since.Elapsed : null;
            if (lags.All(l => l.HasProgressionRow && l.Sequence >= mark))
                return (first ?? since.Elapsed, since.Elapsed, await SharesAsync(connectionString, schema));
            await Task.Delay(50);
        }
        throw new TimeoutException($"The projections did not reach sequence {mark:N0} within {Timeout}");
    }

    private static async Task<List<int>> SharesAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select count(*) from {schema}_messages.wolverine_node_assignments where id like 'event-subscriptions://%' and node_id is not null group by node_id order by 1 desc",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var shares = new List<int>();
        while (await reader.ReadAsync())
            shares.Add((int)reader.GetInt64(0));
        return shares;
    }

    /// <summary>Raw PostgreSQL writing the same asset views: binary COPY of their JSON into a plain table, in one transaction.</summary>
    private static async Task<TimeSpan> CopyViewsAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var views = new List<(string Id, string Json)>();
        await using (var read = new NpgsqlCommand($"select id, data::text from {schema}.mt_doc_assetview", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                views.Add((reader.GetString(0), reader.GetString(1)));
        }
        await using (var create = new NpgsqlCommand($"create table {schema}.raw_documents (id text, type text, data jsonb)", connection))
            await create.ExecuteNonQueryAsync();
        var watch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {schema}.raw_documents (id, type, data) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, json) in views)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(id, NpgsqlDbType.Text);
                await importer.WriteAsync("asset_view", NpgsqlDbType.Text);
                await importer.WriteAsync(json, NpgsqlDbType.Jsonb);
            }
            await importer.CompleteAsync();
        }
        await transaction.CommitAsync();
        return watch.Elapsed;
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task DropAsync(string connectionString, string schema)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; DROP SCHEMA IF EXISTS {schema}_messages CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
