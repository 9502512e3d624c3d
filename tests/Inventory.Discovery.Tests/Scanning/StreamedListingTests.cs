using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Amazon.Runtime;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.Scanning;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;

namespace Inventory.Discovery.Tests.Scanning;

/// <summary>A scope's pages reach the reader while the collector is still listing; a listing that breaks off says so at its end.</summary>
public sealed class StreamedListingTests
{
    private const string AccountId = "333333333333";

    [Fact]
    public async Task The_first_page_is_handed_over_before_the_listing_ends()
    {
        var collector = new PagedCollector();
        await using var scans = new AccountScanner().ScanAsync(Account(collector)).GetAsyncEnumerator();

        await collector.Pages.Writer.WriteAsync([Instance("i-1"), Instance("i-2")]);
        Assert.True(await scans.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        var listing = scans.Current.Listing!;
        await using var pages = listing.PagesAsync(CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await pages.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(["i-1", "i-2"], pages.Current.Select(o => o.ResourceId));

        await collector.Pages.Writer.WriteAsync([Instance("i-3")]);
        collector.Pages.Writer.Complete();
        Assert.True(await pages.MoveNextAsync());
        Assert.Equal(["i-3"], pages.Current.Select(o => o.ResourceId));
        Assert.False(await pages.MoveNextAsync());
        Assert.Null(listing.Failure);
        Assert.Null(scans.Current.ListingFailure);
    }

    [Fact]
    public async Task A_listing_that_breaks_off_after_a_page_ends_with_its_failure()
    {
        var collector = new PagedCollector();
        await collector.Pages.Writer.WriteAsync([Instance("i-1")]);
        collector.Pages.Writer.Complete(new AwsServiceException("RequestLimitExceeded", 503, "Slow down", null));

        var scan = Assert.Single(await ScanAsync(collector));
        var read = new List<Observation>();
        await foreach (var page in scan.Listing!.PagesAsync(CancellationToken.None))
            read.AddRange(page);

        Assert.Single(read);
        Assert.Equal(new ScanFailure("RequestLimitExceeded", "Slow down"), scan.ListingFailure);
    }

    [Fact]
    public async Task A_reader_that_stops_early_stops_the_listing()
    {
        var collector = new PagedCollector();
        await collector.Pages.Writer.WriteAsync([Instance("i-1")]);
        var scanning = new AccountScanner().ScanAsync(Account(collector)).GetAsyncEnumerator();
        Assert.True(await scanning.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));

        scanning.Current.Listing!.Abandon();

        // The scanner ends without the collector ever finishing its listing.
        Assert.False(await scanning.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        await scanning.DisposeAsync();
        Assert.True(collector.Cancelled);
    }

    [Fact]
    public async Task A_listing_is_read_once()
    {
        var listing = ScopeListing.Of([Instance("i-1")]);
        await foreach (var _ in listing.PagesAsync(CancellationToken.None))
        {
        }

        Assert.Throws<InvalidOperationException>(() => listing.PagesAsync(CancellationToken.None));
    }

    private static async Task<List<ScopeScan>> ScanAsync(ICollector collector)
    {
        var scans = new List<ScopeScan>();
        await foreach (var scan in new AccountScanner().ScanAsync(Account(collector)))
            scans.Add(scan);
        return scans;
    }

    private static AccountScan Account(ICollector collector) =>
        new(AccountId, new BasicAWSCredentials("AKIAFAKE", "secret"), AwsEndpoints.Aws, ["eu-west-1"], [collector], Cause.DiscoveryJob("job-3"));

    private static Observation Instance(string id) => new() { ResourceId = id, ResourceType = "ec2:instance", Name = id };

    /// <summary>A collector whose pages the test writes one by one; completing the channel with an error breaks the listing off.</summary>
    private sealed class PagedCollector : ICollector
    {
        public Channel<IReadOnlyList<Observation>> Pages { get; } = Channel.CreateUnbounded<IReadOnlyList<Observation>>();
        public bool Cancelled { get; private set; }
        public string Service => "ec2";
        public bool IsGlobal => false;

        public Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation) =>
            throw new NotSupportedException("Scans list page by page.");

        public async IAsyncEnumerable<IReadOnlyList<Observation>> ListAsync(ScopeAccess access, [EnumeratorCancellation] CancellationToken cancellation)
        {
            IReadOnlyList<Observation> page;
            while (true)
            {
                try
                {
                    if (!await Pages.Reader.WaitToReadAsync(cancellation) || !Pages.Reader.TryRead(out page!))
                        yield break;
                }
                catch (OperationCanceledException)
                {
                    Cancelled = true;
                    throw;
                }
                catch (ChannelClosedException closed) when (closed.InnerException is { } error)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
                    throw;
                }
                yield return page;
            }
        }
    }
}
