using System.Net;
using Alba;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.DiscoveryJobs.DryRun;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.S3;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>Steering jobs through the API: cancel, dry run, concurrent starts, throttling, and a stuck job's accounts taken over.</summary>
public sealed class JobControlTests(DiscoveryJobApp app) : IClassFixture<DiscoveryJobApp>
{
    private const string Region = "eu-west-1";

    private async Task<Ec2Estate> DiscoveredAsync(string accountId, params string[] instanceIds)
    {
        var ec2 = app.Aws.Estate.Account(accountId).Region(Region).Ec2();
        foreach (var id in instanceIds)
            ec2.Instances.Add(new StubInstance(id));
        app.Aws.Estate.Account(accountId).S3().Buckets.Add(new StubBucket("bucket-" + accountId) { Region = Region, Tags = new() { ["team"] = "red" } });
        await app.RegisterAsync(accountId, Region);
        Assert.Equal(JobStatus.Completed, (await app.RunJobAsync(accountId)).Status);
        return ec2;
    }

    private async Task<List<AssetSummary>> AssetsOfAsync(string accountId) =>
        (await app.Host.GetJsonAsync<AssetPage>("/api/assets?pageSize=1000")).Items.Where(a => a.AccountId == accountId).ToList();

    [Fact]
    public async Task A_cancelled_job_stops_its_scans_records_them_unfinished_and_marks_nothing_gone()
    {
        const string account = "420000000001";
        var ec2 = await DiscoveredAsync(account, "i-0d000000000000001", "i-0d000000000000002");
        // Were the EC2 scope to finish, this instance would be gone; a cancelled scope must not say so.
        ec2.Instances.RemoveAll(i => i.InstanceId == "i-0d000000000000002");
        var stall = app.Aws.Stalls.Add("ec2", "DescribeInstances", account);

        var job = await app.RunJobAsync(account, whileRunning: async jobId =>
        {
            await stall.Entered;
            var accepted = await app.Host.PostAsync($"/api/discovery-jobs/{jobId}/cancel", null, 202);
            Assert.NotNull(Json(accepted).GetProperty("cancelRequestedAt").GetString());
        });

        Assert.Equal(JobStatus.Cancelled, job.Status);
        await stall.Abandoned;
        var scope = Assert.Single(job.Scopes, s => s is { Region: Region, Service: "ec2" });
        Assert.Equal((ScopeOutcome.Unfinished, JobRules.CancelledCode), (scope.Outcome, scope.ErrorCode));
        Assert.Equal(0, job.Totals.Gone);
        Assert.Equal(job.Scopes.Count(s => s.Outcome == ScopeOutcome.Unfinished), job.Totals.UnfinishedScopes);
        Assert.Contains(job.Log, l => l.Message.StartsWith("Cancel requested by User:alice", StringComparison.Ordinal));
        Assert.Contains(job.Log, l => l.Level == JobLogLevel.Warning && l.Message.Contains("ec2 did not finish", StringComparison.Ordinal));
        Assert.All(await AssetsOfAsync(account), a => Assert.Equal(AssetStatus.Active, a.Status));

        // The job released the account, and cancelling it again is refused as finished.
        var problem = Json(await app.Host.PostAsync($"/api/discovery-jobs/{job.JobId}/cancel", null, 409));
        Assert.Equal("Cancelled", problem.GetProperty("status").GetString());
        app.Aws.Stalls.Clear();
        Assert.Equal(1, (await app.RunJobAsync(account)).Totals.Gone);
    }

    [Fact]
    public async Task A_dry_run_lists_what_would_change_and_appends_nothing()
    {
        const string account = "420000000002";
        var ec2 = await DiscoveredAsync(account, "i-0e000000000000001", "i-0e000000000000002");
        ec2.Instances.Single(i => i.InstanceId == "i-0e000000000000001").InstanceType = "m6i.large";
        ec2.Instances.RemoveAll(i => i.InstanceId == "i-0e000000000000002");
        ec2.Instances.Add(new StubInstance("i-0e000000000000003"));
        var before = await AssetsOfAsync(account);

        var dryRun = await app.RunJobAsync(account, dryRun: true);

        Assert.True(dryRun.DryRun);
        Assert.Equal(JobStatus.Completed, dryRun.Status);
        Assert.Equal((1, 1, 1), (dryRun.Totals.New, dryRun.Totals.Changed, dryRun.Totals.Gone));
        var preview = await app.Host.GetJsonAsync<DryRunPreviewPage>($"/api/discovery-jobs/{dryRun.JobId}/preview");
        Assert.Equal(3, preview.Total);
        Assert.Equal(
            [
                (PreviewKind.Changed, "i-0e000000000000001"),
                (PreviewKind.Gone, "i-0e000000000000002"),
                (PreviewKind.New, "i-0e000000000000003"),
            ],
            preview.Items.Select(r => (r.Item.Kind, r.Item.ResourceId!)).OrderBy(r => r.Item2));
        var changed = preview.Items.Single(r => r.Item.Kind == PreviewKind.Changed).Item;
        Assert.Equal([new FieldChange("attributes.InstanceType", "t3.micro", "m6i.large")], changed.Changes);
        Assert.Equal(GoneReason.AbsentFromCleanScan, preview.Items.Single(r => r.Item.Kind == PreviewKind.Gone).Item.GoneReason);
        var gone = await app.Host.GetJsonAsync<DryRunPreviewPage>($"/api/discovery-jobs/{dryRun.JobId}/preview?kind=gone");
        Assert.Equal("i-0e000000000000002", Assert.Single(gone.Items).Item.ResourceId);

        // The register is exactly as before, and the real run then finds what the dry run said.
        Assert.Equal(before.Select(a => (a.Id, a.Status, a.ChangeCount)), (await AssetsOfAsync(account)).Select(a => (a.Id, a.Status, a.ChangeCount)));
        var real = await app.RunJobAsync(account);
        Assert.Equal((1, 1, 1), (real.Totals.New, real.Totals.Changed, real.Totals.Gone));
    }

    [Fact]
    public async Task The_preview_refuses_bad_input_by_field()
    {
        const string account = "420000000003";
        await DiscoveredAsync(account, "i-0f000000000000001");
        var real = (await app.Host.GetJsonAsync<List<DiscoveryJobView>>("/api/discovery-jobs")).First(j => j.AccountIds.Contains(account));
        var notDryRun = await app.Host.GetProblemAsync($"/api/discovery-jobs/{real.JobId}/preview", 400);
        Assert.True(notDryRun.GetProperty("errors").TryGetProperty("jobId", out _));

        var dryRun = await app.RunJobAsync(account, dryRun: true);
        Assert.True((await app.Host.GetProblemAsync($"/api/discovery-jobs/{dryRun.JobId}/preview?kind=vanished", 400))
            .GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True((await app.Host.GetProblemAsync($"/api/discovery-jobs/{dryRun.JobId}/preview?limit=0", 400))
            .GetProperty("errors").TryGetProperty("limit", out _));
        await app.Host.GetProblemAsync($"/api/discovery-jobs/{Guid.NewGuid()}/preview", 404);
        await app.Host.PostAsync($"/api/discovery-jobs/{Guid.NewGuid()}/cancel", null, 404);
    }

    [Fact]
    public async Task Two_concurrent_starts_for_one_account_give_one_job_and_one_409_naming_it()
    {
        const string account = "420000000004";
        app.Aws.Estate.Account(account).Region(Region).Ec2().Instances.Add(new StubInstance("i-10000000000000001"));
        await app.RegisterAsync(account, Region);

        IScenarioResult[] answers = [];
        await app.Host.TrackActivity()
            .Timeout(TimeSpan.FromSeconds(120))
            .WaitForNonStaleDaemonDataAfterExecution(TimeSpan.FromSeconds(120))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            {
                var body = new { accountIds = new[] { account } };
                answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.Host.Scenario(s =>
                {
                    s.Post.Json(body).ToUrl("/api/discovery-jobs");
                    s.IgnoreStatusCode();
                })));
            }));

        var statuses = answers.Select(a => a.Context.Response.StatusCode).Order().ToList();
        Assert.Equal([(int)HttpStatusCode.Accepted, (int)HttpStatusCode.Conflict], statuses);
        var winner = Json(await answers.Single(a => a.Context.Response.StatusCode == 202).ReadAsTextAsync()).GetProperty("jobId").GetGuid();
        var loser = Json(await answers.Single(a => a.Context.Response.StatusCode == 409).ReadAsTextAsync());
        Assert.Equal(winner, loser.GetProperty("jobId").GetGuid());
        var jobs = await app.Host.GetJsonAsync<List<DiscoveryJobView>>("/api/discovery-jobs");
        Assert.Equal(JobStatus.Completed, Assert.Single(jobs, j => j.AccountIds.Contains(account)).Status);
    }

    [Fact]
    public async Task Throttling_for_a_while_then_success_loses_nothing()
    {
        const string account = "420000000005";
        var ec2 = app.Aws.Estate.Account(account).Region(Region).Ec2();
        ec2.Instances.Add(new StubInstance("i-11000000000000001"));
        ec2.Instances.Add(new StubInstance("i-11000000000000002"));
        await app.RegisterAsync(account, Region);
        app.Aws.Faults.Throttle("ec2", "DescribeInstances", times: 3, accountId: account);

        var job = await app.RunJobAsync(account);

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal((ScopeOutcome.Clean, 2, 2), job.Scopes.Where(s => s.Service == "ec2").Select(s => (s.Outcome, s.Observed, s.New)).Single());
        var calls = app.Aws.RequestsFor("ec2", "DescribeInstances").Where(r => r.AccountId == account).ToList();
        Assert.Equal(["RequestLimitExceeded", "RequestLimitExceeded", "RequestLimitExceeded", null], calls.Select(c => c.ErrorCode));
        Assert.Equal(["i-11000000000000001", "i-11000000000000002"],
            (await AssetsOfAsync(account)).Where(a => a.Service == "ec2").Select(a => a.ResourceId!).Order());
    }

    [Fact]
    public async Task A_job_stuck_long_past_its_time_limit_gives_its_accounts_to_a_new_job()
    {
        const string account = "420000000006";
        app.Aws.Estate.Account(account).Region(Region).Ec2().Instances.Add(new StubInstance("i-12000000000000001"));
        await app.RegisterAsync(account, Region);
        // A job whose handler died two hours ago: its lock would otherwise block the account for ever.
        var stuck = Guid.NewGuid();
        var twoHoursAgo = DateTimeOffset.UtcNow.AddHours(-2);
        await using (var session = app.Store.LightweightSession())
        {
            session.Insert(new DiscoveryLock { Id = account, JobId = stuck });
            session.Events.StartStream<DiscoveryJobView>(DiscoveryJobStreams.Key(stuck),
                new DiscoveryJobStarted(stuck, [account], Cause.User("alice"), false, twoHoursAgo, JobRules.DefaultTimeLimit),
                new AccountDiscoveryStarted(account, [Region], 15, twoHoursAgo.AddSeconds(1)));
            await session.SaveChangesAsync();
        }

        var job = await app.RunJobAsync(account);

        Assert.Equal(JobStatus.Completed, job.Status);
        var abandoned = await app.Host.GetJsonAsync<DiscoveryJobView>($"/api/discovery-jobs/{stuck}");
        Assert.Equal(JobStatus.Failed, abandoned.Status);
        Assert.StartsWith("abandoned: still unfinished after its time limit of 30 minutes", abandoned.Reason, StringComparison.Ordinal);
    }
}
