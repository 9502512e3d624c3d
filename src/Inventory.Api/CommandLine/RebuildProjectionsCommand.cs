using System.Diagnostics;
using JasperFx.CommandLine;
using JasperFx.Events.Projections;
using Marten;

namespace Inventory.Api.CommandLine;

[Description("Rebuild the read models from the events: every async projection, or the one named", Name = "rebuild-projections")]
public sealed class RebuildProjectionsCommand : JasperFxAsyncCommand<RebuildProjectionsInput>
{
    // A rebuild replays every event; on a large register that takes long, and the daemon gives up on a shard only past this.
    private static readonly TimeSpan ShardTimeout = TimeSpan.FromHours(2);

    public override async Task<bool> Execute(RebuildProjectionsInput input)
    {
        using var stop = CommandHost.CancelOnCtrlC();
        // Only the store is needed: starting the whole host would also handle queued messages, which a rebuild should not.
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var names = store.Options.Events.Projections()
            .Where(p => p.Lifecycle == ProjectionLifecycle.Async)
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        var chosen = names;
        if (input.ProjectionFlag is { } wanted)
        {
            chosen = names.Where(n => string.Equals(n, wanted.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (chosen.Count == 0)
            {
                Console.Error.WriteLine($"Unknown projection '{wanted}'. Valid names: {string.Join(", ", names)}");
                return false;
            }
        }

        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var total = Stopwatch.StartNew();
        foreach (var name in chosen)
        {
            Console.WriteLine($"Rebuilding {name} ...");
            var watch = Stopwatch.StartNew();
            try
            {
                await daemon.RebuildProjectionAsync(name, ShardTimeout, stop.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Console.Error.WriteLine($"Rebuilding {name} failed after {watch.Elapsed.TotalSeconds:0.0}s: {e.Message}");
                return false;
            }
            Console.WriteLine($"Rebuilt {name} in {watch.Elapsed.TotalSeconds:0.0}s");
        }
        Console.WriteLine($"Rebuilt {chosen.Count} projection(s) in {total.Elapsed.TotalSeconds:0.0}s");
        return true;
    }
}
