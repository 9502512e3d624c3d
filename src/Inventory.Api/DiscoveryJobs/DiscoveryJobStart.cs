using Inventory.Api.Accounts;
using Inventory.Domain.Accounts;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using JasperFx;
using Marten;
using Wolverine.Marten;

namespace Inventory.Api.DiscoveryJobs;

/// <summary>What asking for a discovery job came to: started, refused for its accounts, or blocked by a running job.</summary>
internal abstract record JobStartOutcome
{
    public sealed record Started(Guid JobId, IReadOnlyList<string> AccountIds) : JobStartOutcome;

    public sealed record Invalid(string Message) : JobStartOutcome;

    /// <summary>JobId is null when the running job could not be named (it finished between the conflict and the look-up).</summary>
    public sealed record AlreadyRunning(Guid? JobId) : JobStartOutcome;
}

/// <summary>Starts a discovery job; the HTTP endpoint and the command line share it so both start jobs the same way.</summary>
internal static class DiscoveryJobStart
{
    public static async Task<JobStartOutcome> StartAsync(IDocumentStore store, IMartenOutbox outbox, JobSettings settings,
        IReadOnlyList<string>? requestedAccountIds, bool dryRun, Cause cause, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var accountIds = await ChooseAccountsAsync(session, requestedAccountIds, cancellation);
        if (accountIds.Problem is not null)
            return new JobStartOutcome.Invalid(accountIds.Problem);

        var running = await RunningJobAsync(store, session, accountIds.Ids, settings.TakeoverGrace, cancellation);
        if (running is not null)
            return new JobStartOutcome.AlreadyRunning(running);

        var jobId = Guid.NewGuid();
        // Locks, the start event and the account messages commit together: the outbox sends the messages only after the commit.
        outbox.Enroll(session);
        foreach (var id in accountIds.Ids)
            session.Insert(new DiscoveryLock { Id = id, JobId = jobId });
        var at = TimeProvider.System.GetUtcNow();
        session.Events.StartStream<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId),
            new DiscoveryJobStarted(jobId, accountIds.Ids, cause, dryRun, at, settings.TimeLimit));
        foreach (var id in accountIds.Ids)
            await outbox.PublishAsync(new DiscoverAccount(jobId, id));
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (DocumentAlreadyExistsException)
        {
            // Another request locked one of the accounts between our check and our commit.
            await using var query = store.QuerySession();
            return new JobStartOutcome.AlreadyRunning(await RunningJobAsync(store, query, accountIds.Ids, settings.TakeoverGrace, cancellation));
        }
        return new JobStartOutcome.Started(jobId, accountIds.Ids);
    }

    /// <summary>The job holding one of these accounts; a job that lost its handler long past its time limit gives them up first.</summary>
    private static async Task<Guid?> RunningJobAsync(IDocumentStore store, IQuerySession session, IReadOnlyList<string> accountIds,
        TimeSpan grace, CancellationToken cancellation)
    {
        var locks = await session.LoadManyAsync<DiscoveryLock>(cancellation, accountIds.ToArray());
        foreach (var held in locks)
        {
            if (!await JobWrites.AbandonAsync(store, held.JobId, grace, cancellation))
                return held.JobId;
        }
        return null;
    }

    private static async Task<(IReadOnlyList<string> Ids, string? Problem)> ChooseAccountsAsync(IQuerySession session,
        IReadOnlyList<string>? requested, CancellationToken cancellation)
    {
        if (requested is not { Count: > 0 })
        {
            var active = await session.Query<AccountView>().Where(a => a.Active && !a.Removed).OrderBy(a => a.AccountId).ToListAsync(cancellation);
            return active.Count == 0 ? ([], "There is no active account to discover.") : (active.Select(a => a.AccountId).ToList(), null);
        }
        var ids = requested.Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in ids)
        {
            var view = await AccountWrites.LoadAsync(session, id, cancellation);
            if (view is not { Active: true, Removed: false })
                return ([], $"Account '{id}' is not a registered active account.");
        }
        return (ids, null);
    }
}
