using Inventory.Domain.Settings;
using Alba;
using Inventory.Api.Dashboard;
using Inventory.Api.Tests.Costs;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Dashboard;
using Inventory.Domain.DiscoveryJobs;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Dashboard;

/// <summary>The dashboard's costs from Cost Explorer refreshes, and its last and running discoveries from real jobs against a stub AWS.</summary>
public sealed class DashboardCostAndDiscoveryTests(CostsApp app) : IClassFixture<CostsApp>
{
    private const string Ec2 = "Amazon Elastic Compute Cloud - Compute";

    private Task<DashboardResponse> DashboardAsync() => app.Host.GetJsonAsync<DashboardResponse>("/api/dashboard");

    [Fact]
    public async Task Costs_are_totalled_over_management_accounts_with_each_linked_account_s_months()
    {
        const string rootA = "960000000000", a1 = "960000000001", rootB = "960000000100";
        await app.RegisterManagementAsync(rootA);
        await app.RegisterMemberAsync(a1, rootA);
        await app.RegisterManagementAsync(rootB);
        var (last, now) = (CostsApp.Window.LastMonth, CostsApp.Window.ThisMonth);
        app.Bill(rootA).Name(rootA, "Root A").Name(a1, "Payments")
            .Add(last, rootA, Ec2, 12.5m).Add(last, a1, Ec2, 100.25m).Add(now, rootA, Ec2, 1.125m).Add(now, a1, Ec2, 40m);
        app.Bill(rootB).Add(last, rootB, Ec2, 5m).Add(now, rootB, Ec2, 2.5m);

        await app.RefreshAsync();

        var costs = (await DashboardAsync()).Costs;
        var fetched = await app.CostsAsync();
        Assert.Equal("USD", costs.Currency);
        // The oldest fetch the figures come from, whichever management accounts this fixture's other tests registered.
        Assert.Equal(fetched.Values.Where(c => c.GetProperty("fetchedAt").ValueKind != System.Text.Json.JsonValueKind.Null)
            .Min(c => c.GetProperty("fetchedAt").GetDateTimeOffset()), costs.FetchedAt);
        Assert.Equal((43.625m, 117.75m), (costs.ThisMonth!.Value, costs.LastMonth!.Value));
        Assert.Equal(
        [
            new AccountSpend(a1, "Payments", rootA, "USD", 40m, 100.25m),
            new AccountSpend(rootB, rootB, rootB, "USD", 2.5m, 5m),
            new AccountSpend(rootA, "Root A", rootA, "USD", 1.125m, 12.5m),
        ], costs.ByAccount);
    }

    [Fact]
    public async Task The_last_discovery_is_the_newest_finished_job_and_a_running_one_is_shown_beside_it_with_no_next_time()
    {
        const string account = "961000000000";
        await app.RegisterManagementAsync(account);
        var first = await RunJobAsync(account);
        var stall = app.Aws.Stalls.Add("ec2", "DescribeInstances", account);

        DashboardResponse? whileRunning = null;
        var second = await RunJobAsync(account, async jobId =>
        {
            await stall.Entered;
            whileRunning = await DashboardAsync();
            stall.Release();
        });

        Assert.NotNull(whileRunning);
        Assert.Equal((first.JobId, first.Status, first.FinishedAt), (whileRunning.Discovery.Last!.Id, whileRunning.Discovery.Last.Status, whileRunning.Discovery.Last.FinishedAt));
        var running = Assert.Single(whileRunning.Discovery.Running);
        Assert.Equal((second.JobId, JobStatus.Running, (DateTimeOffset?)null), (running.Id, running.Status, running.FinishedAt));
        Assert.Equal([account], running.AccountIds);
        Assert.Equal(VisibilityState.Recording, running.Visibility!.State);
        Assert.Equal(VisibilityState.Visible, whileRunning.Discovery.Last.Visibility!.State);

        var after = (await DashboardAsync()).Discovery;
        Assert.Equal((second.JobId, JobStatus.Completed, second.StartedAt, second.FinishedAt), (after.Last!.Id, after.Last.Status, after.Last.StartedAt, after.Last.FinishedAt));
        Assert.Equal([account], after.Last.AccountIds);
        // The run waited for the projections: what the job recorded is in the register.
        Assert.Equal(new JobVisibility(VisibilityState.Visible, 0, 0, null), after.Last.Visibility);
        Assert.Empty(after.Running);
        Assert.Equal(((DateTimeOffset?)null, DiscoveryInterval.Disabled), (after.Next, after.Scheduling));
    }

    private async Task<DiscoveryJobView> RunJobAsync(string accountId, Func<Guid, Task>? whileRunning = null)
    {
        var jobId = Guid.Empty;
        var timeout = TimeSpan.FromSeconds(120);
        await app.Host.TrackActivity()
            .Timeout(timeout)
            .WaitForNonStaleDaemonDataAfterExecution(timeout)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            {
                jobId = Json(await app.Host.PostAsync("/api/discovery-jobs", new { accountIds = new[] { accountId } }, 202)).GetProperty("jobId").GetGuid();
                if (whileRunning is not null)
                    await whileRunning(jobId);
            }));
        return await app.Host.GetJsonAsync<DiscoveryJobView>($"/api/discovery-jobs/{jobId}");
    }
}
