using System.Threading.Channels;
using Inventory.Domain.Observations;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// A scope's resources handed over page by page while the collector is still listing, a few pages ahead at most,
/// so neither side holds the whole scope. A listing that breaks off ends with its <see cref="Failure"/>: what it
/// listed so far is not a clean scan and must mark nothing gone.
/// </summary>
public sealed class ScopeListing
{
    /// <summary>Pages buffered ahead of the reader: enough to overlap listing with recording, few enough to bound memory.</summary>
    public const int PagesAhead = 2;

    private readonly Channel<IReadOnlyList<Observation>> _pages =
        Channel.CreateBounded<IReadOnlyList<Observation>>(new BoundedChannelOptions(PagesAhead) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _abandoned = new();
    private int _read;

    /// <summary>Set when the listing failed; read it after the pages ran out.</summary>
    public ScanFailure? Failure { get; private set; }

    /// <summary>Cancelled when the reader stops early: the lister stops asking AWS for pages nobody will read.</summary>
    public CancellationToken Abandoned => _abandoned.Token;

    public ValueTask AddAsync(IReadOnlyList<Observation> page, CancellationToken cancellation) => _pages.Writer.WriteAsync(page, cancellation);

    /// <summary>The listing reached its last page (no failure) or broke off (its failure).</summary>
    public void Complete(ScanFailure? failure = null)
    {
        Failure = failure;
        _pages.Writer.TryComplete();
    }

    /// <summary>The listing was cancelled: the reader gets the cancellation, not a failure.</summary>
    public void Cancel(OperationCanceledException cancelled) => _pages.Writer.TryComplete(cancelled);

    /// <summary>The pages, once: a listing read again (a retried recording) would look like a clean, empty scan.</summary>
    public IAsyncEnumerable<IReadOnlyList<Observation>> PagesAsync(CancellationToken cancellation) =>
        Interlocked.Exchange(ref _read, 1) == 0
            ? _pages.Reader.ReadAllAsync(cancellation)
            : throw new InvalidOperationException("A scope's listing can be read only once.");

    /// <summary>The reader is done, whether or not it read every page.</summary>
    public void Abandon()
    {
        if (!_abandoned.IsCancellationRequested)
            _abandoned.Cancel();
    }

    /// <summary>A listing of pages already in hand (tests, previews), completed cleanly.</summary>
    public static ScopeListing Of(params IReadOnlyList<Observation>[] pages)
    {
        var listing = new ScopeListing();
        _ = FeedAsync(listing, pages.ToAsyncEnumerable(), null);
        return listing;
    }

    /// <summary>Feeds a listing from pages produced lazily (the benchmark's generator), completing it with <paramref name="failure"/>.</summary>
    public static async Task FeedAsync(ScopeListing listing, IAsyncEnumerable<IReadOnlyList<Observation>> pages, ScanFailure? failure)
    {
        try
        {
            await foreach (var page in pages.WithCancellation(listing.Abandoned).ConfigureAwait(false))
                await listing.AddAsync(page, listing.Abandoned).ConfigureAwait(false);
            listing.Complete(failure);
        }
        catch (OperationCanceledException cancelled)
        {
            listing.Cancel(cancelled);
        }
    }
}
