using Inventory.Api.DiscoveryJobs;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using JasperFx.CommandLine;
using Marten;
using Wolverine.Marten;

namespace Inventory.Api.CommandLine;

[Description("Discover one account or every active one, as POST /api/discovery-jobs does, follow the job until it ends, then wait until the register shows it", Name = "discover")]
public sealed class DiscoverCommand : JasperFxAsyncCommand<DiscoverInput>
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the wait for visibility prints where it stands.</summary>
    private static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long the read models may stand still before the wait gives up: no instance is running the projections.</summary>
    private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(2);

    public override async Task<bool> Execute(DiscoverInput input)
    {
        using var stop = CommandHost.CancelOnCtrlC();
        var host = await CommandHost.StartAsync(input, stop.Token);
        try
        {
            return await DiscoverAsync(host.Services, input, stop.Token);
        }
        finally
        {
            await CommandHost.StopAsync(host);
        }
    }

    private static async Task<bool> DiscoverAsync(IServiceProvider services, DiscoverInput input, CancellationToken cancellation)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var settings = JobSettings.From(services.GetRequiredService<IConfiguration>());
        await using var scope = services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        var accounts = input.AccountFlag is null ? null : new[] { input.AccountFlag.Trim() };
        var outcome = await DiscoveryJobStart.StartAsync(store, outbox, settings, accounts, input.DryRunFlag,
            Cause.User("command-line:" + Environment.UserName), cancellation);
        switch (outcome)
        {
            case JobStartOutcome.Invalid invalid:
                Console.Error.WriteLine("Cannot discover: " + invalid.Message);
                return false;
            case JobStartOutcome.AlreadyRunning running:
                Console.Error.WriteLine(running.JobId is { } id
                    ? $"A discovery job is already running for these accounts: {id}"
                    : "A discovery job is already running for these accounts.");
                return false;
            case JobStartOutcome.Started started:
                Console.WriteLine($"Discovery job {started.JobId} started{(input.DryRunFlag ? " (dry run)" : "")} for {string.Join(", ", started.AccountIds)}");
                var job = await FollowAsync(store, started.JobId, settings, cancellation);
                var completed = JobReport.Finish(job);
                if (job is not { IsFinished: true } || input.NoWaitFlag || cancellation.IsCancellationRequested)
                    return completed;
                return await WaitUntilVisibleAsync(store, services.GetRequiredService<CatchUpPace>(), job, cancellation) && completed;
            default:
                throw new InvalidOperationException("Unknown discovery job start outcome.");
        }
    }

    /// <summary>Polls the inline job view, printing each scope once as it is recorded, until the job ends or can no longer end by itself.</summary>
    private static async Task<DiscoveryJobView?> FollowAsync(IDocumentStore store, Guid jobId, JobSettings settings, CancellationToken cancellation)
    {
        var printed = new HashSet<(string, string, string)>();
        while (true)
        {
            await using var session = store.QuerySession();
            var job = await session.LoadAsync<DiscoveryJobView>(DiscoveryJobStreams.Key(jobId), cancellation);
            foreach (var scope in job?.Scopes ?? [])
            {
                if (printed.Add((scope.AccountId, scope.Region, scope.Service)))
                    Console.WriteLine(JobReport.Scope(scope));
            }
            // Past its limit and the takeover grace a job is ended by the next one to start; waiting longer would never end.
            if (job is null or { IsFinished: true } || TimeProvider.System.GetUtcNow() > job.Deadline + settings.TakeoverGrace)
                return job;
            try
            {
                await Task.Delay(PollInterval, cancellation);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"Stopped following discovery job {jobId}; it carries on when an instance of the product runs.");
                return job;
            }
        }
    }

    /// <summary>Polls the job's visibility until every read model has processed what it recorded, printing the distance left.</summary>
    private static async Task<bool> WaitUntilVisibleAsync(IDocumentStore store, CatchUpPace pace, DiscoveryJobView job, CancellationToken cancellation)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? reported = null;
        var (lastBehind, movedAt) = (long.MaxValue, watch.Elapsed);
        try
        {
            while (true)
            {
                await using var session = store.QuerySession();
                await JobVisibilityQuery.AddAsync(session, pace, job, cancellation);
                var visibility = job.Visibility!;
                if (visibility.State == VisibilityState.Visible)
                {
                    Console.WriteLine($"{JobReport.Visibility(visibility)} ({watch.Elapsed.TotalSeconds:0.0}s after the job finished)");
                    return true;
                }
                if (visibility.EventsBehind < lastBehind)
                    (lastBehind, movedAt) = (visibility.EventsBehind, watch.Elapsed);
                else if (watch.Elapsed - movedAt > StallLimit)
                {
                    Console.Error.WriteLine($"The read models have not moved for {StallLimit.TotalMinutes:0} minutes ({visibility.EventsBehind:N0} events behind): " +
                                            "is an instance of the product running the projections? The register shows the job once they run.");
                    return false;
                }
                if (reported is null || watch.Elapsed - reported >= ReportInterval)
                {
                    Console.WriteLine(JobReport.Visibility(visibility));
                    reported = watch.Elapsed;
                }
                await Task.Delay(PollInterval, cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Stopped waiting for the register to show the job; it is recorded, and shows once the read models catch up.");
            return false;
        }
    }
}
