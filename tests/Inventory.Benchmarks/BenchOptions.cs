using System.Diagnostics;

namespace Inventory.Benchmarks;

/// <summary>
/// Command line: --assets N (default 100,000), --connection CS (else INVENTORY_TEST_CONNECTION);
/// --relationships: the relationship graph's figures instead (RelationshipFigures);
/// --reads: read latency of the list, search, audit and as-of queries over N assets in the read models (ReadFigures);
/// --instances K: catch-up of every async projection by one instance and by K sharing them (InstanceFigures);
/// --skip-catch-up: the scan figures without the projection catch-up phase.
/// </summary>
internal sealed record BenchOptions(int Assets, string ConnectionString, bool SkipCatchUp = false, bool Relationships = false, bool Reads = false, bool Explain = false, int? Instances = null)
{
    public static BenchOptions Parse(string[] args)
    {
        var assets = 100_000;
        var connection = Environment.GetEnvironmentVariable("INVENTORY_TEST_CONNECTION");
        var skipCatchUp = false;
        var relationships = false;
        var reads = false;
        var explain = false;
        int? instances = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--assets": assets = int.Parse(args[++i]); break;
                case "--connection": connection = args[++i]; break;
                case "--relationships": relationships = true; break;
                case "--reads": reads = true; break;
                case "--explain": explain = true; break;
                case "--instances": instances = int.Parse(args[++i]); break;
                case "--skip-catch-up": skipCatchUp = true; break;
                default: throw new ArgumentException($"unknown option {args[i]}; use --assets N, --connection CS, --skip-catch-up, --relationships, --reads [--explain], --instances K");
            }
        }
        if (string.IsNullOrWhiteSpace(connection))
            throw new ArgumentException("no database: pass --connection \"$(ops/db/local-postgres.sh ensure --fast)\" or set INVENTORY_TEST_CONNECTION");
        return new BenchOptions(assets, connection, skipCatchUp, relationships, reads, explain, instances);
    }

    public static string DotnetVersion()
    {
        using var dotnet = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        var version = dotnet.StandardOutput.ReadToEnd().Trim();
        dotnet.WaitForExit();
        return version;
    }
}
