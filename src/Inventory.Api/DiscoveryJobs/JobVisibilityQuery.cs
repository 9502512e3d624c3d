using Inventory.Domain.DiscoveryJobs;
using JasperFx.Events;
using Marten;

namespace Inventory.Api.DiscoveryJobs;

/// <summary>
/// Fills in jobs' visibility when they are read: each job's mark (the last sequence of its stream) and the daemon's progress of
/// every registered async projection, two small queries however many jobs. Only a read: nothing is ever decided from it.
/// </summary>
internal static class JobVisibilityQuery
{
    public static async Task AddAsync(IQuerySession session, CatchUpPace pace, IReadOnlyList<DiscoveryJobView> jobs, CancellationToken cancellation)
    {
        if (jobs.Count == 0)
            return;
        var marks = await MarksAsync(session, jobs.Select(j => j.Id).ToArray(), cancellation);
        var readModels = await ReadModelsAsync(session.DocumentStore, cancellation);
        var slowest = readModels.Count == 0 ? (long?)null : readModels.Min(r => r.Started ? r.Sequence : 0);
        var rate = slowest is { } position ? pace.Observe(TimeProvider.System.GetUtcNow(), position) : null;
        foreach (var job in jobs)
            job.Visibility = JobVisibility.Of(job, marks.TryGetValue(job.Id, out var mark) ? mark : null, readModels, rate);
    }

    public static Task AddAsync(IQuerySession session, CatchUpPace pace, DiscoveryJobView job, CancellationToken cancellation) =>
        AddAsync(session, pace, [job], cancellation);

    /// <summary>Every async projection and subscription registered in this store, with the sequence it has processed up to.</summary>
    public static async Task<IReadOnlyList<ReadModelProgress>> ReadModelsAsync(IDocumentStore store, CancellationToken cancellation)
    {
        var shards = ((IEventStore)store).RegisteredShardNames();
        var lags = await ((IEventDatabase)store.Storage.Database).FetchProjectionLagAsync(shards, cancellation);
        return lags.Select(l => new ReadModelProgress(l.Shard.Identity, l.Sequence, l.HasProgressionRow)).ToList();
    }

    private static async Task<Dictionary<string, long>> MarksAsync(IQuerySession session, string[] streams, CancellationToken cancellation)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var rows = await session.AdvancedSql.QueryAsync<string, long>(
            $"select row(stream_id), row(max(seq_id)) from {schema}.mt_events where stream_id = any(?) group by stream_id", cancellation, new object[] { streams });
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }
}
