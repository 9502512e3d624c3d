using Microsoft.Extensions.DependencyInjection;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.S3;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>POST /api/discovery-jobs end to end: durable messages, the stub AWS, the job's view and the register it fills.</summary>
public sealed class DiscoveryJobTests(DiscoveryJobApp app) : IClassFixture<DiscoveryJobApp>
{
    private const string Region = "eu-west-1";

    /// <summary>An account with 2 instances and 1 bucket in one region; each test its own account id.</summary>
    private async Task SmallEstateAsync(string accountId)
    {
        var account = app.Aws.Estate.Account(accountId);
        account.Region(Region).Ec2().Instances.Add(new StubInstance("i-0a000000000000001"));
        account.Region(Region).Ec2().Instances.Add(new StubInstance("i-0a000000000000002"));
        account.S3().Buckets.Add(new StubBucket("bucket-" + accountId) { Region = Region });
        await app.RegisterAsync(accountId, Region);
    }

    private async Task<DiscoveryJobView> RunAsync(string accountId)
    {
        var accepted = Json(await app.StartAndWaitAsync(new { accountIds = new[] { accountId } }));
        var jobId = accepted.GetProperty("jobId").GetGuid();
        return await app.Host.GetJsonAsync<DiscoveryJobView>($"/api/discovery-jobs/{jobId}");
    }

    [Fact]
    public async Task A_first_discovery_completes_and_registers_every_resource()
    {
        await SmallEstateAsync("400000000001");

        var job = await RunAsync("400000000001");

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(["400000000001"], job.AccountIds);
        Assert.NotNull(job.FinishedAt);
        Assert.All(job.Scopes, s => Assert.Equal(ScopeOutcome.Clean, s.Outcome));
        Assert.Contains(job.Scopes, s => s is { Region: Region, Service: "ec2", Observed: 2, New: 2 });
        Assert.Equal((3, 3, 0, 0, 0), (job.Totals.Seen, job.Totals.New, job.Totals.Changed, job.Totals.Gone, job.Totals.FailedScopes));

        var assets = await app.Host.GetJsonAsync<AssetPage>("/api/assets?pageSize=100");
        var mine = assets.Items.Where(a => a.AccountId == "400000000001").Select(a => a.ResourceId).Order().ToList();
        Assert.Equal(["bucket-400000000001", "i-0a000000000000001", "i-0a000000000000002"], mine);

        var list = await app.Host.GetJsonAsync<List<DiscoveryJobView>>("/api/discovery-jobs");
        Assert.Contains(list, j => j.JobId == job.JobId);
        // The lock is released with the finish, so the next job may start.
        await using var session = app.Store.QuerySession();
        Assert.Null(await session.LoadAsync<DiscoveryLock>("400000000001"));
    }

    [Fact]
    public async Task Access_denied_on_one_scope_completes_with_errors_and_names_the_code()
    {
        await SmallEstateAsync("400000000002");
        app.Aws.Faults.Add("ec2", "DescribeInstances", "AccessDenied", 403, int.MaxValue, accountId: "400000000002");

        var job = await RunAsync("400000000002");

        Assert.Equal(JobStatus.CompletedWithErrors, job.Status);
        var ec2 = Assert.Single(job.Scopes, s => s.Service == "ec2");
        Assert.Equal((ScopeOutcome.Failed, "AccessDenied"), (ec2.Outcome, ec2.ErrorCode));
        Assert.Equal(1, job.Totals.FailedScopes);
        Assert.Equal(0, job.Totals.Gone);
    }

    [Fact]
    public async Task A_second_job_for_a_locked_account_is_409_naming_the_running_job()
    {
        await SmallEstateAsync("400000000003");
        // A job that holds the account and is well within its time limit, as a running job's handler leaves it.
        var running = Guid.NewGuid();
        await using (var session = app.Store.LightweightSession())
        {
            session.Insert(new DiscoveryLock { Id = "400000000003", JobId = running });
            session.Events.StartStream<DiscoveryJobView>(DiscoveryJobStreams.Key(running),
                new DiscoveryJobStarted(running, ["400000000003"], Cause.User("alice"), false, DateTimeOffset.UtcNow, JobRules.DefaultTimeLimit));
            await session.SaveChangesAsync();
        }

        var problem = Json(await app.Host.PostAsync("/api/discovery-jobs", new { accountIds = new[] { "400000000003" } }, 409));

        Assert.Equal(running, problem.GetProperty("jobId").GetGuid());
    }

    [Fact]
    public async Task An_unknown_account_is_400_naming_the_field()
    {
        var problem = Json(await app.Host.PostAsync("/api/discovery-jobs", new { accountIds = new[] { "499999999999" } }, 400));

        Assert.True(problem.GetProperty("errors").TryGetProperty("accountIds", out _));
    }

    [Fact]
    public async Task An_unknown_job_is_404()
    {
        await app.Host.GetProblemAsync($"/api/discovery-jobs/{Guid.NewGuid()}", 404);
    }

    [Fact]
    public void An_account_handler_may_run_as_long_as_its_job_may()
    {
        var options = app.Host.Services.GetRequiredService<Wolverine.WolverineOptions>();

        Assert.True(options.DefaultExecutionTimeout > JobRules.DefaultTimeLimit + JobRules.DefaultTakeoverGrace);
    }
}
