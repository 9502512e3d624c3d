using System.Runtime;
using System.Runtime.InteropServices;
using Inventory.Benchmarks;

// Scan recording throughput against PostgreSQL: see README.md.
var options = BenchOptions.Parse(args);
var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
var baseline = new PostgresBaseline(options.ConnectionString, schema);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, dotnet {BenchOptions.DotnetVersion()} " +
                  $"({RuntimeInformation.FrameworkDescription}), server GC {GCSettings.IsServerGC}");
Console.WriteLine($"postgres: {await baseline.ServerAsync()}");

if (options.Relationships)
{
    await using var graphInventory = await StartedInventory.StartAsync(options.ConnectionString, schema);
    return await Inventory.Benchmarks.Relationships.RelationshipFigures.RunAsync(graphInventory, options.ConnectionString, options.Assets);
}

if (options.Reads)
{
    var signIn = Inventory.Benchmarks.Reads.BenchSignIn.ChoosePassword();
    await using var readInventory = await StartedInventory.StartAsync(options.ConnectionString, schema);
    return await Inventory.Benchmarks.Reads.ReadFigures.RunAsync(readInventory, signIn, options.ConnectionString, options.Assets, options.Explain);
}

if (options.Instances is { } instances)
    return await Inventory.Benchmarks.Instances.InstanceFigures.RunAsync(options.ConnectionString, schema, options.Assets, instances);

var scans = new ScopeScans(options.Assets);
Console.WriteLine($"scope: {options.Assets:N0} EC2 instance observations, {Ec2Scope.AverageJsonBytes(options.Assets):N0} B of JSON each on average, " +
                  $"listed {ScopeScans.PageSize:N0} a page");
Console.WriteLine($"schema: {schema} (dropped at the end)");

await using var inventory = await StartedInventory.StartAsync(options.ConnectionString, schema);
// Compiles the handler and warms Marten on another scope; an empty clean scan creates no asset.
await inventory.RecordAsync(ScopeScans.WarmUp);
return await ScanFigures.RunAsync(inventory, baseline, scans, options.SkipCatchUp);
