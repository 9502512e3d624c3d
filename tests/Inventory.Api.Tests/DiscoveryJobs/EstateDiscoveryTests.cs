using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;
using Inventory.Discovery.Scanning;
using Inventory.Domain.DiscoveryJobs;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.S3;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>A first discovery of every active account: a management account and its member, two regions each.</summary>
public sealed class EstateDiscoveryTests(DiscoveryJobApp app) : IClassFixture<DiscoveryJobApp>
{
    private const string Management = "440000000001";
    private const string Member = "440000000002";
    private static readonly string[] Regions = ["eu-west-1", "us-east-1"];

    [Fact]
    public async Task One_job_discovers_two_accounts_in_two_regions_and_registers_each_resource_once()
    {
        var estate = app.Aws.Estate;
        estate.Account(Management).Region("eu-west-1").Ec2().Instances.Add(new StubInstance("i-14000000000000001"));
        estate.Account(Management).Region("eu-west-1").Ec2().Instances.Add(new StubInstance("i-14000000000000002"));
        estate.Account(Management).Region("us-east-1").Ec2().Instances.Add(new StubInstance("i-14000000000000003") { AvailabilityZone = "us-east-1a" });
        estate.Account(Member).Region("eu-west-1").Ec2().Instances.Add(new StubInstance("i-14000000000000004"));
        estate.Account(Member).Region("us-east-1").Ec2().Instances.Add(new StubInstance("i-14000000000000005") { AvailabilityZone = "us-east-1a" });
        estate.Account(Management).S3().Buckets.Add(new StubBucket("logs-" + Management) { Region = "us-east-1" });
        estate.Account(Member).S3().Buckets.Add(new StubBucket("data-" + Member) { Region = "eu-west-1", Tags = new() { ["team"] = "blue" } });
        estate.Account(Member).AllowRole("OrganizationAccountAccessRole", Management);
        await app.RegisterAsync(Management, Regions);
        await app.Host.PostAsync("/api/accounts", new
        {
            accountId = Member, displayName = "Workload", kind = "member", environment = "production", regions = Regions,
            credentials = new { type = "assumeRole", managementAccountId = Management },
        }, 201);

        var job = await app.RunJobAsync(new { });

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal([Management, Member], job.AccountIds.Order());
        var perAccount = Collectors.All().Count(c => !c.IsGlobal) * Regions.Length + Collectors.All().Count(c => c.IsGlobal);
        Assert.Equal(2 * perAccount, job.Scopes.Count);
        Assert.All(job.Scopes, s => Assert.Equal(ScopeOutcome.Clean, s.Outcome));
        Assert.Equal((7, 7, 0, 0), (job.Totals.Seen, job.Totals.New, job.Totals.Changed, job.Totals.Gone));

        var assets = (await app.Host.GetJsonAsync<AssetPage>("/api/assets?pageSize=100")).Items;
        Assert.Equal(
            [
                (Management, "eu-west-1", "i-14000000000000001"),
                (Management, "eu-west-1", "i-14000000000000002"),
                (Management, "global", "logs-" + Management),
                (Management, "us-east-1", "i-14000000000000003"),
                (Member, "eu-west-1", "i-14000000000000004"),
                (Member, "global", "data-" + Member),
                (Member, "us-east-1", "i-14000000000000005"),
            ],
            assets.Select(a => (a.AccountId, a.Region, a.ResourceId!)).Order());
        Assert.All(assets, a => Assert.StartsWith("arn:aws:", a.Arn, StringComparison.Ordinal));
    }
}
