using Inventory.Discovery.Scanning;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Estate;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.Rds;
using Inventory.StubAws.Services.S3;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using CollectorCatalog = Inventory.Discovery.Scanning.Collectors;

namespace Inventory.Discovery.Tests.Scanning;

/// <summary>Every real collector, through the real HTTP path, scanning a small two-region estate on the stub.</summary>
public sealed class AccountScannerStubTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private static readonly string[] Regions = ["eu-west-1", "eu-central-1"];
    private static readonly Cause Job = Cause.DiscoveryJob("job-1");

    private readonly StubAwsServer server;

    public AccountScannerStubTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    [Fact]
    public async Task Two_region_estate_gives_one_clean_scan_per_scope_with_its_resources()
    {
        var account = Estate();

        var scans = await ScanAsync(account);

        Assert.Empty(server.HandlerFailures);
        Assert.Equal(25, scans.Count);
        Assert.All(scans, s => Assert.Null(s.Failure));
        Assert.All(scans, s => Assert.Equal(Job, s.Cause));
        var expectedScopes = Regions
            .SelectMany(r => CollectorCatalog.All().Where(c => !c.IsGlobal).Select(c => $"{AccountId}/{r}/{c.Service}"))
            .Concat(new[] { "s3", "cloudfront", "route53" }.Select(s => $"{AccountId}/global/{s}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedScopes, scans.Select(s => s.Scope.ToString()).Order(StringComparer.Ordinal));

        var counts = scans.Where(s => s.Observations!.Count > 0)
            .ToDictionary(s => s.Scope.ToString(), s => s.Observations!.Count);
        Assert.Equal(new Dictionary<string, int>
        {
            [$"{AccountId}/eu-west-1/ec2"] = 1,
            [$"{AccountId}/eu-central-1/ec2"] = 1,
            [$"{AccountId}/eu-west-1/rds"] = 1,
            [$"{AccountId}/eu-central-1/rds"] = 1,
            [$"{AccountId}/global/s3"] = 1,
        }, counts);
        // Global APIs are asked in us-east-1, where AWS serves them, though no scanned region is us-east-1.
        Assert.All(server.Requests.Where(r => r.Service is "cloudfront" or "route53"), r => Assert.Equal("us-east-1", r.Region));
    }

    [Fact]
    public async Task Access_denied_in_one_scope_fails_only_that_scope()
    {
        var account = Estate();
        server.Faults.Add("rds", "DescribeDBInstances", "AccessDenied", 403, int.MaxValue, accountId: AccountId, region: "eu-central-1");

        var scans = await ScanAsync(account);

        Assert.Equal(25, scans.Count);
        var failed = Assert.Single(scans, s => s.Failure is not null);
        Assert.Equal($"{AccountId}/eu-central-1/rds", failed.Scope.ToString());
        Assert.Equal("AccessDenied", failed.Failure!.ErrorCode);
        Assert.Null(failed.Observations);
        Assert.Single(scans.Single(s => s.Scope.ToString() == $"{AccountId}/eu-west-1/rds").Observations!);
    }

    [Fact]
    public async Task Unauthorized_operation_on_ec2_is_recorded_with_the_sdk_error_code()
    {
        var account = Estate();
        server.Faults.Add("ec2", "DescribeInstances", "UnauthorizedOperation", 403, int.MaxValue, accountId: AccountId, region: "eu-west-1");

        var scans = await ScanAsync(account);

        var failed = Assert.Single(scans, s => s.Failure is not null);
        Assert.Equal($"{AccountId}/eu-west-1/ec2", failed.Scope.ToString());
        Assert.Equal("UnauthorizedOperation", failed.Failure!.ErrorCode);
        // VPC shares EC2's endpoint in that region and is untouched.
        Assert.Null(scans.Single(s => s.Scope.ToString() == $"{AccountId}/eu-west-1/vpc").Failure);
    }

    [Fact]
    public async Task Enabled_regions_are_read_from_describe_regions()
    {
        var account = server.Estate.Account(AccountId);
        account.Region("eu-west-1");
        account.Region("us-east-1");
        account.DisableRegion("ap-east-1");

        var regions = await EnabledRegions.ListAsync(server.Access(account, "us-east-1"), CancellationToken.None, StubScans.FastBackoff);

        Assert.Equal(["eu-west-1", "us-east-1"], regions);
    }

    private StubAccount Estate()
    {
        var account = server.Estate.Account(AccountId);
        foreach (var region in Regions)
        {
            account.Region(region).Ec2().Instances.Add(new StubInstance($"i-{region.Replace("-", "")}") { AvailabilityZone = region + "a" });
            account.Region(region).Rds().Instances.Add(new StubDbInstance($"db-{region}") { AvailabilityZone = region + "a" });
        }
        account.S3().Buckets.Add(new StubBucket("inventory-bucket") { Region = "eu-west-1" });
        return account;
    }

    private async Task<List<ScopeScan>> ScanAsync(StubAccount account)
    {
        var scan = new AccountScan(AccountId, account.Credentials, server.Endpoints, Regions, CollectorCatalog.All(StubScans.NoWaiting), Job);
        var scans = new List<ScopeScan>();
        await foreach (var scopeScan in new AccountScanner().ScanAsync(scan, CancellationToken.None))
            scans.Add(await scopeScan.ReadAsync());
        return scans;
    }
}
