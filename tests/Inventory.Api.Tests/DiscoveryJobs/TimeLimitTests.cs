using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>A job that reaches its time limit stops, says which scopes did not finish, and marks nothing in them gone.</summary>
public sealed class TimeLimitTests(ShortTimeLimitApp app) : IClassFixture<ShortTimeLimitApp>
{
    private const string Account = "430000000001";
    private const string Region = "eu-west-1";

    [Fact]
    public async Task A_job_over_its_time_limit_fails_with_its_unfinished_scopes_and_no_asset_gone()
    {
        // An instance recorded earlier, no longer in AWS: only a finished EC2 scan could say it is gone.
        var scope = new ScopeId(Account, Region, "ec2");
        await app.RecordAsync(ScopeScan.Clean(scope, DateTimeOffset.UtcNow.AddDays(-1), Cause.User("alice"),
            [Harness.Scans.Instance("i-13000000000000001", account: Account)]));
        await app.RegisterAsync(Account, Region);
        var stall = app.Aws.Stalls.Add("ec2", "DescribeInstances", Account);

        var job = await app.RunJobAsync(Account);

        Assert.Equal(JobStatus.Failed, job.Status);
        await stall.Abandoned;
        var ec2 = Assert.Single(job.Scopes, s => s is { Region: Region, Service: "ec2" });
        Assert.Equal((ScopeOutcome.Unfinished, JobRules.TimeLimitCode), (ec2.Outcome, ec2.ErrorCode));
        Assert.StartsWith($"time limit of {(int)ShortTimeLimitApp.TimeLimit.TotalSeconds} seconds reached", job.Reason, StringComparison.Ordinal);
        Assert.InRange(job.FinishedAt!.Value - job.StartedAt, ShortTimeLimitApp.TimeLimit, ShortTimeLimitApp.TimeLimit + TimeSpan.FromSeconds(30));
        Assert.Equal(0, job.Totals.Gone);
        Assert.Contains(job.Log, l => l.Level == JobLogLevel.Error && l.Message.StartsWith("Job failed: time limit", StringComparison.Ordinal));

        var assets = await app.Host.GetJsonAsync<AssetPage>("/api/assets?pageSize=100");
        var instance = Assert.Single(assets.Items, a => a.AccountId == Account && a.ResourceId == "i-13000000000000001");
        Assert.Equal(AssetStatus.Active, instance.Status);
    }
}
