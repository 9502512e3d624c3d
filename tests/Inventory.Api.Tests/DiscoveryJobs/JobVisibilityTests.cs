using Alba;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.DiscoveryJobs;
using Inventory.StubAws.Services.Ec2;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>Recorded versus visible: a completed job says how far the read models are from showing it, until they do.</summary>
public sealed class JobVisibilityTests(DiscoveryJobApp app) : IClassFixture<DiscoveryJobApp>
{
    private const string Region = "eu-west-1";
    private const string Account = "430000000001";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_job_recorded_while_the_read_models_stand_still_is_catching_up_then_visible_once_they_pass_its_mark()
    {
        var ec2 = app.Aws.Estate.Account(Account).Region(Region).Ec2();
        foreach (var id in new[] { "i-0b000000000000001", "i-0b000000000000002", "i-0b000000000000003" })
            ec2.Instances.Add(new StubInstance(id));
        await app.RegisterAsync(Account, Region);
        await app.Store.WaitForNonStaleProjectionDataAsync(Timeout);
        var coordinator = app.Host.Services.GetRequiredService<IProjectionCoordinator>();

        await coordinator.PauseAsync();
        Guid jobId;
        try
        {
            jobId = await RunWithoutProjectionsAsync();
            var recorded = await app.Host.GetJsonAsync<DiscoveryJobView>($"/api/discovery-jobs/{jobId}");

            Assert.Equal(JobStatus.Completed, recorded.Status);
            Assert.Equal(3, recorded.Totals.New);
            var visibility = recorded.Visibility!;
            Assert.Equal(VisibilityState.CatchingUp, visibility.State);
            Assert.True(visibility.EventsBehind >= 3, $"{visibility.EventsBehind} events behind");
            Assert.NotNull(visibility.SlowestProjection);
            // This is what the distinction is for: the register does not show the job's instances yet.
            Assert.DoesNotContain((await AssetsAsync()).Items, a => a.AccountId == Account);
            var listed = Assert.Single(await app.Host.GetJsonAsync<List<DiscoveryJobView>>("/api/discovery-jobs"), j => j.JobId == jobId);
            Assert.Equal(visibility.EventsBehind, listed.Visibility!.EventsBehind);
        }
        finally
        {
            await coordinator.ResumeAsync();
        }

        await app.Store.WaitForNonStaleProjectionDataAsync(Timeout);
        var visible = await app.Host.GetJsonAsync<DiscoveryJobView>($"/api/discovery-jobs/{jobId}");
        Assert.Equal(new JobVisibility(VisibilityState.Visible, 0, 0, null), visible.Visibility);
        Assert.Equal(3, (await AssetsAsync()).Items.Count(a => a.AccountId == Account));
    }

    [Fact]
    public async Task The_stored_job_document_never_carries_a_visibility()
    {
        await app.RegisterAsync("430000000002", Region);
        var job = await app.RunJobAsync("430000000002");
        Assert.NotNull(job.Visibility);

        await using var session = app.Store.QuerySession();
        var json = await session.Json.FindByIdAsync<DiscoveryJobView>(job.Id);
        Assert.DoesNotContain("visibility", json, StringComparison.OrdinalIgnoreCase);
    }

    // Waits for the job's messages only: the projections are paused, so waiting for them would never end.
    private async Task<Guid> RunWithoutProjectionsAsync()
    {
        var jobId = Guid.Empty;
        await app.Host.TrackActivity()
            .Timeout(Timeout)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
                jobId = Json(await app.Host.PostAsync("/api/discovery-jobs", new { accountIds = new[] { Account } }, 202)).GetProperty("jobId").GetGuid()));
        return jobId;
    }

    private Task<AssetPage> AssetsAsync() => app.Host.GetJsonAsync<AssetPage>("/api/assets?pageSize=100");
}
