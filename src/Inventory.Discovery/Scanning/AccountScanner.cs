using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Inventory.Domain.Reconciliation;

namespace Inventory.Discovery.Scanning;

/// <summary>
/// Scans every scope of one account, a limited number at a time, and hands each scope's outcome over as soon as it is known.
/// A scope that fails is reported as failed and the others go on; only the caller's cancellation stops the scan.
/// </summary>
internal sealed class AccountScanner
{
    public const int DefaultConcurrency = 5;

    private readonly int concurrency;
    private readonly TimeProvider clock;

    public AccountScanner(int concurrency = DefaultConcurrency, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        this.concurrency = concurrency;
        this.clock = clock ?? TimeProvider.System;
    }

    public async IAsyncEnumerable<ScopeScan> ScanAsync(AccountScan account, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var scopes = PlannedScope.For(account);
        var finished = Channel.CreateUnbounded<ScopeScan>(new UnboundedChannelOptions { SingleReader = true });
        // Linked so that a caller who stops reading early also stops the scopes still running.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = stop.Token };
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(scopes, options, async (scope, token) =>
                    await finished.Writer.WriteAsync(await ScanScopeAsync(scope, account, token).ConfigureAwait(false), token).ConfigureAwait(false))
                    .ConfigureAwait(false);
                finished.Writer.TryComplete();
            }
            catch (Exception exception)
            {
                finished.Writer.TryComplete(exception);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var scan in finished.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
                yield return scan;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }

    private async Task<ScopeScan> ScanScopeAsync(PlannedScope scope, AccountScan account, CancellationToken cancellation)
    {
        // The scan time is when listing started: anything created after it may be missing without being gone.
        var at = clock.GetUtcNow();
        try
        {
            var observations = await scope.Collector.CollectAsync(scope.Access, cancellation).ConfigureAwait(false);
            return ScopeScan.Clean(scope.Scope, at, account.Cause, observations);
        }
        catch (Exception exception) when (!cancellation.IsCancellationRequested)
        {
            return ScopeScan.Failed(scope.Scope, at, account.Cause, ScanErrors.CodeOf(exception), exception.Message);
        }
    }
}
