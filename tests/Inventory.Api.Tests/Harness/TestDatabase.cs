using System.Diagnostics;

namespace Inventory.Api.Tests.Harness;

/// <summary>
/// The PostgreSQL the tests run against: INVENTORY_TEST_CONNECTION when set, else the local cluster
/// that ops/db/local-postgres.sh starts on the tests' own port (the same script ./test.sh uses).
/// </summary>
internal static class TestDatabase
{
    private static readonly Lazy<Task<string>> Connection = new(ResolveAsync);

    public static Task<string> ConnectionStringAsync() => Connection.Value;

    private static async Task<string> ResolveAsync()
    {
        var connection = await LocateAsync();
        // Extensions are database-wide: created once here, since hosts creating it in parallel schemas race on pg_extension.
        await using var database = new Npgsql.NpgsqlConnection(connection);
        await database.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm", database);
        await create.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<string> LocateAsync()
    {
        var configured = Environment.GetEnvironmentVariable("INVENTORY_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;

        var script = Path.Combine(RepositoryRoot(), "ops", "db", "local-postgres.sh");
        var start = new ProcessStartInfo("bash", [script, "ensure", "--fast", "--port", Environment.GetEnvironmentVariable("INVENTORY_TEST_PG_PORT") ?? "55433"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + script);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {await errors}");
        return (await output).Trim();
    }

    /// <summary>Drops a test's schema pair (the event store's and Wolverine's messages), as its fixture ends.</summary>
    public static async Task DropSchemasAsync(string connectionString, string schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; DROP SCHEMA IF EXISTS {schema}_messages CASCADE;", connection);
        await drop.ExecuteNonQueryAsync();
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inventory.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Inventory.sln not found above " + AppContext.BaseDirectory);
    }
}
