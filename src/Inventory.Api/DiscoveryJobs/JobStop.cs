using Inventory.Domain.DiscoveryJobs;
using Marten;

namespace Inventory.Api.DiscoveryJobs;

/// <summary>One token that stops an account's scan when its job is cancelled, reaches its time limit or ends elsewhere.</summary>
internal sealed class JobStop : IAsyncDisposable
{
    // CancelAfter takes at most int.MaxValue milliseconds.
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue);

    private readonly CancellationTokenSource stop;
    private readonly CancellationTokenSource watching = new();
    private readonly Task watcher;

    public JobStop(IDocumentStore store, DiscoveryJobView job, TimeSpan checkEvery, CancellationToken hostStopping)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(hostStopping);
        var left = job.Deadline - TimeProvider.System.GetUtcNow();
        if (left <= TimeSpan.Zero || job.CancelRequestedAt is not null)
            stop.Cancel();
        else
            stop.CancelAfter(left < Longest ? left : Longest);
        watcher = WatchAsync(store, job.Id, checkEvery);
    }

    public CancellationToken Token => stop.Token;

    public bool IsStopped => stop.IsCancellationRequested;

    // Polled rather than signalled, so a cancel sent to any instance reaches the one running the account.
    private async Task WatchAsync(IDocumentStore store, string jobKey, TimeSpan every)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (!stop.IsCancellationRequested && await timer.WaitForNextTickAsync(watching.Token))
            {
                try
                {
                    await using var query = store.QuerySession();
                    var job = await query.LoadAsync<DiscoveryJobView>(jobKey, watching.Token);
                    if (job is null || job.IsFinished || job.CancelRequestedAt is not null)
                        await stop.CancelAsync();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed check is tried again at the next tick; the time limit still holds meanwhile.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await watching.CancelAsync();
        await watcher;
        watching.Dispose();
        stop.Dispose();
    }
}
