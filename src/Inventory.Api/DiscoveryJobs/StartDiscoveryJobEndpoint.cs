using Inventory.Api.Accounts;
using Inventory.Domain.Accounts;
using Inventory.Domain.DiscoveryJobs;
using Marten;
using JasperFx;
using Wolverine.Http;
using Wolverine.Marten;

namespace Inventory.Api.DiscoveryJobs;

/// <param name="DryRun">Scan and decide as usual but append no asset event; the job's preview lists what would have happened.</param>
public sealed record StartDiscoveryJobRequest(IReadOnlyList<string>? AccountIds, bool? DryRun);

public sealed record DiscoveryJobAccepted(Guid JobId);

public static class StartDiscoveryJobEndpoint
{
    private const string Field = "accountIds";

    [WolverinePost("/api/discovery-jobs")]
    public static async Task<IResult> Post(StartDiscoveryJobRequest? request, HttpContext context, IDocumentStore store, IMartenOutbox outbox,
        IConfiguration configuration, CancellationToken cancellation)
    {
        var settings = JobSettings.From(configuration);
        await using var session = store.LightweightSession();
        var accountIds = await ChooseAccountsAsync(session, request?.AccountIds, cancellation);
        if (accountIds.Problem is not null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { [Field] = [accountIds.Problem] },
                title: "Invalid discovery job", detail: accountIds.Problem);

        var running = await RunningJobAsync(store, session, accountIds.Ids, settings.TakeoverGrace, cancellation);
        if (running is not null)
            return JobProblems.Running(running.Value);

        var jobId = Guid.NewGuid();
        // Locks, the start event and the account messages commit together: the outbox sends the messages only after the commit.
        outbox.Enroll(session);
        foreach (var id in accountIds.Ids)
            session.Insert(new DiscoveryLock { Id = id, JobId = jobId });
        var at = TimeProvider.System.GetUtcNow();
        session.Events.StartStream<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId),
            new DiscoveryJobStarted(jobId, accountIds.Ids, AccountWrites.CauseOf(context), request?.DryRun ?? false, at, settings.TimeLimit));
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
            var winner = await RunningJobAsync(store, query, accountIds.Ids, settings.TakeoverGrace, cancellation);
            return winner is null
                ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Discovery job already running")
                : JobProblems.Running(winner.Value);
        }
        return Results.Accepted($"/api/discovery-jobs/{jobId}", new DiscoveryJobAccepted(jobId));
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
