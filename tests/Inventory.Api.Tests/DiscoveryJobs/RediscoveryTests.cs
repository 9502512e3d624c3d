using Inventory.Api.Assets.AssetTimeline;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.S3;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>Discovering an estate again after it changed, and an account that cannot be reached, through the API.</summary>
public sealed class RediscoveryTests(DiscoveryJobApp app) : IClassFixture<DiscoveryJobApp>
{
    private const string Region = "eu-west-1";

    private async Task<DiscoveryJobView> RunAsync(string accountId)
    {
        var accepted = Json(await app.StartAndWaitAsync(new { accountIds = new[] { accountId } }));
        return await app.Host.GetJsonAsync<DiscoveryJobView>($"/api/discovery-jobs/{accepted.GetProperty("jobId").GetGuid()}");
    }

    private async Task<List<AssetSummary>> AssetsOfAsync(string accountId) =>
        (await app.Host.GetJsonAsync<AssetPage>("/api/assets?pageSize=1000")).Items.Where(a => a.AccountId == accountId).ToList();

    [Fact]
    public async Task A_second_discovery_records_exactly_what_changed_vanished_and_appeared()
    {
        const string account = "410000000001";
        var ec2 = app.Aws.Estate.Account(account).Region(Region).Ec2();
        var resized = new StubInstance("i-0b000000000000001");
        ec2.Instances.Add(resized);
        ec2.Instances.Add(new StubInstance("i-0b000000000000002"));
        ec2.Instances.Add(new StubInstance("i-0b000000000000003"));
        app.Aws.Estate.Account(account).S3().Buckets.Add(new StubBucket("bucket-" + account) { Region = Region });
        await app.RegisterAsync(account, Region);
        await RunAsync(account);

        resized.InstanceType = "m6i.large";
        ec2.Instances.RemoveAll(i => i.InstanceId == "i-0b000000000000002");
        ec2.Instances.Add(new StubInstance("i-0b000000000000004"));
        var second = await RunAsync(account);

        Assert.Equal(JobStatus.Completed, second.Status);
        Assert.Equal((1, 1, 1), (second.Totals.New, second.Totals.Changed, second.Totals.Gone));
        var assets = await AssetsOfAsync(account);
        Assert.Equal(
            [
                ("bucket-" + account, AssetStatus.Active, 0),
                ("i-0b000000000000001", AssetStatus.Active, 1),
                ("i-0b000000000000002", AssetStatus.Gone, 0),
                ("i-0b000000000000003", AssetStatus.Active, 0),
                ("i-0b000000000000004", AssetStatus.Active, 0),
            ],
            assets.OrderBy(a => a.ResourceId).Select(a => (a.ResourceId!, a.Status, a.ChangeCount)));

        var changed = assets.Single(a => a.ResourceId == "i-0b000000000000001");
        var timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{changed.Id}/timeline");
        Assert.Equal(["AssetChanged", "AssetSeen"], timeline.Entries.Select(e => e.Type));
        Assert.Equal([new FieldChange("attributes.InstanceType", "t3.micro", "m6i.large")], timeline.Entries[0].Changes);
        Assert.Equal(new Cause(CauseKind.DiscoveryJob, second.JobId.ToString("D")), timeline.Entries[0].Cause);
    }

    [Fact]
    public async Task A_member_whose_role_cannot_be_assumed_fails_every_scope_and_loses_nothing()
    {
        const string management = "410000000010";
        const string member = "410000000011";
        var ec2 = app.Aws.Estate.Account(member).Region(Region).Ec2();
        ec2.Instances.Add(new StubInstance("i-0c000000000000001"));
        var key = app.Aws.Estate.Account(management).Key;
        await app.Host.PostAsync("/api/accounts", new
        {
            accountId = management, displayName = "Root", kind = "management", environment = "shared", regions = new[] { Region },
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
        }, 201);
        await app.Host.PostAsync("/api/accounts", new
        {
            accountId = member, displayName = "Workload", kind = "member", environment = "development", regions = new[] { Region },
            credentials = new { type = "assumeRole", managementAccountId = management },
        }, 201);
        app.Aws.Estate.Account(member).AllowRole("OrganizationAccountAccessRole", management);
        Assert.Equal(JobStatus.Completed, (await RunAsync(member)).Status);
        Assert.Single(await AssetsOfAsync(member));

        // The role's trust is withdrawn: every scope of the member fails on AssumeRole, and its asset stays as it was.
        app.Aws.Estate.Account(member).RemoveRole("OrganizationAccountAccessRole");
        var job = await RunAsync(member);

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.NotEmpty(job.Scopes);
        Assert.All(job.Scopes, s => Assert.Equal((ScopeOutcome.Failed, "AccessDenied"), (s.Outcome, s.ErrorCode)));
        Assert.Equal(0, job.Totals.Gone);
        var asset = Assert.Single(await AssetsOfAsync(member));
        Assert.Equal(AssetStatus.Active, asset.Status);
    }
}
