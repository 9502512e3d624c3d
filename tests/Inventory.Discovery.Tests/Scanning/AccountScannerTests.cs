using System.Net;
using Amazon.Runtime;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.Scanning;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;

namespace Inventory.Discovery.Tests.Scanning;

/// <summary>The scanner's own rules, with fake collectors: which scopes, how many at once, how failures are recorded.</summary>
public sealed class AccountScannerTests
{
    private const string AccountId = "222222222222";
    private static readonly Cause Job = Cause.DiscoveryJob("job-2");

    [Fact]
    public async Task Never_runs_more_scopes_at_once_than_the_limit()
    {
        var calls = new GatedCalls();
        ICollector[] collectors =
        [
            .. Enumerable.Range(1, 4).Select(i => FakeCollector.Gated($"svc{i}", false, calls)),
            FakeCollector.Gated("global1", true, calls),
        ];
        const int limit = 3;
        var scanning = CollectAsync(new AccountScanner(limit), Scan(["r-1", "r-2", "r-3"], collectors));

        // Keep the scanner saturated: release one call only once `limit` are waiting, until all 13 have run.
        var waiting = new Queue<TaskCompletionSource<IReadOnlyList<Observation>>>();
        for (var i = 0; i < 13; i++)
        {
            waiting.Enqueue(await calls.NextStartedAsync());
            if (waiting.Count == limit || i == 12)
            {
                Assert.Equal(waiting.Count, calls.Running);
                waiting.Dequeue().SetResult([]);
            }
        }
        while (waiting.Count > 0)
            waiting.Dequeue().SetResult([]);

        var scans = await scanning.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(13, scans.Count);
        Assert.Equal(limit, calls.MostAtOnce);
        Assert.False(calls.TryNextStarted(out _));
    }

    [Fact]
    public async Task Plans_regional_collectors_per_region_and_global_ones_once_in_us_east_1()
    {
        var account = Scan(["eu-west-1", "eu-west-1", "ap-south-1"], [FakeCollector.Empty("ec2"), FakeCollector.Empty("s3", isGlobal: true)]);

        var plan = PlannedScope.For(account);

        Assert.Equal(
            ["222222222222/eu-west-1/ec2 @eu-west-1", "222222222222/ap-south-1/ec2 @ap-south-1", "222222222222/global/s3 @us-east-1"],
            plan.Select(p => $"{p.Scope} @{p.Access.Region}"));
    }

    public static TheoryData<Exception, string> Failures() => new()
    {
        { new AmazonServiceException("no") { ErrorCode = "AccessDenied", StatusCode = HttpStatusCode.Forbidden }, "AccessDenied" },
        { new AmazonServiceException("no") { StatusCode = HttpStatusCode.Forbidden }, "Forbidden" },
        { new AwsServiceException("UnrecognizedClientException", 400, "bad key", "req-1"), "UnrecognizedClientException" },
        { new TaskCanceledException("HttpClient.Timeout elapsed"), "Timeout" },
        { new TimeoutException("slow"), "Timeout" },
        { new HttpRequestException("connection refused"), "NetworkError" },
        { new InvalidOperationException("token loop"), "InvalidOperationException" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_collector_fails_only_its_scope_with_the_error_code(Exception exception, string code)
    {
        var account = Scan(["eu-west-1"], [FakeCollector.Throwing("rds", exception), FakeCollector.Empty("ec2")]);

        var scans = await CollectAsync(new AccountScanner(), account);

        var failed = Assert.Single(scans, s => s.Failure is not null);
        Assert.Equal("rds", failed.Scope.Service);
        Assert.Equal(new ScanFailure(code, exception.Message), failed.Failure);
        Assert.Equal(Job, failed.Cause);
        Assert.Empty(Assert.Single(scans, s => s.Scope.Service == "ec2").Observations!);
    }

    [Fact]
    public async Task Scans_are_stamped_with_the_clock()
    {
        var at = new DateTimeOffset(2025, 6, 7, 8, 9, 10, TimeSpan.Zero);

        var scans = await CollectAsync(new AccountScanner(clock: new FixedClock(at)), Scan(["eu-west-1"], [FakeCollector.Empty("ec2")]));

        Assert.Equal(at, Assert.Single(scans).ScannedAt);
    }

    [Fact]
    public async Task The_callers_cancellation_stops_the_scan_and_is_not_a_scope_failure()
    {
        var calls = new GatedCalls();
        using var cancel = new CancellationTokenSource();
        var scans = new List<ScopeScan>();
        var account = Scan(["eu-west-1", "eu-central-1"], [FakeCollector.Gated("ec2", false, calls)]);

        var scanning = Task.Run(async () =>
        {
            await foreach (var scan in new AccountScanner(1).ScanAsync(account, cancel.Token))
                scans.Add(scan);
        });
        await calls.NextStartedAsync();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scanning.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(scans);
        Assert.Equal(0, calls.Running);
    }

    private static AccountScan Scan(IReadOnlyList<string> regions, IReadOnlyList<ICollector> collectors) =>
        new(AccountId, new BasicAWSCredentials("AKIAFAKE", "secret"), AwsEndpoints.Aws, regions, collectors, Job);

    private static async Task<List<ScopeScan>> CollectAsync(AccountScanner scanner, AccountScan account)
    {
        var scans = new List<ScopeScan>();
        await foreach (var scan in scanner.ScanAsync(account))
            scans.Add(await scan.ReadAsync());
        return scans;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
