using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Inventory.Domain.Reconciliation;

namespace Inventory.Discovery.Scanning;

/// <summary>
/// Scans every scope of one account, a limited number at a time, and hands each scope over as soon as its first page
/// is listed (a listing the caller reads while it goes on) or its listing fails before any page.
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
                    await ScanScopeAsync(scope, account, finished.Writer, token).ConfigureAwait(false)).ConfigureAwait(false);
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

    private async Task ScanScopeAsync(PlannedScope scope, AccountScan account, ChannelWriter<ScopeScan> finished, CancellationToken cancellation)
    {
        // The scan time is when listing started: anything created after it may be missing without being gone.
        var at = clock.GetUtcNow();
        var listing = new ScopeListing();
        // The reader may stop early (the account was removed meanwhile): the listing then stops asking AWS for pages.
        using var listingStop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, listing.Abandoned);
        var handedOver = false;
        try
        {
            await foreach (var page in scope.Collector.ListAsync(scope.Access, listingStop.Token).ConfigureAwait(false))
            {
                if (!handedOver)
                {
                    await finished.WriteAsync(ScopeScan.Listed(scope.Scope, at, account.Cause, listing), cancellation).ConfigureAwait(false);
                    handedOver = true;
                }
                await listing.AddAsync(page, listingStop.Token).ConfigureAwait(false);
            }
            listing.Complete();
            if (!handedOver)
                await finished.WriteAsync(ScopeScan.Listed(scope.Scope, at, account.Cause, listing), cancellation).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellation.IsCancellationRequested && !listing.Abandoned.IsCancellationRequested)
        {
            var failure = new ScanFailure(ScanErrors.CodeOf(exception), exception.Message);
            if (handedOver)
                listing.Complete(failure);
            else
                await finished.WriteAsync(ScopeScan.Failed(scope.Scope, at, account.Cause, failure.ErrorCode, failure.Message), cancellation)
                    .ConfigureAwait(false);
        }
        catch (OperationCanceledException cancelled)
        {
            // The reader of a listing cut short gets the cancellation, never a clean end.
            listing.Cancel(cancelled);
            if (cancellation.IsCancellationRequested)
                throw;
        }
    }
}
