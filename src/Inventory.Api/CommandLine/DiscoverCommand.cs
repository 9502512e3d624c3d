using Inventory.Api.DiscoveryJobs;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using JasperFx.CommandLine;
using Marten;
using Wolverine.Marten;

namespace Inventory.Api.CommandLine;

[Description("Discover one account or every active one, as POST /api/discovery-jobs does, and follow the job until it ends", Name = "discover")]
public sealed class DiscoverCommand : JasperFxAsyncCommand<DiscoverInput>
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

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
                return JobReport.Finish(job);
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
}
