using Inventory.Domain.DiscoveryJobs;

namespace Inventory.Domain.Tests.DiscoveryJobs;

public sealed class JobVisibilityTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static DiscoveryJobView Job(JobStatus status, bool dryRun = false) =>
        new() { Id = "job:1", JobId = Guid.NewGuid(), Status = status, DryRun = dryRun, StartedAt = At };

    private static ReadModelProgress Progress(string projection, long sequence) => new(projection, sequence, true);

    [Fact]
    public void A_finished_job_is_visible_once_every_read_model_has_passed_its_mark()
    {
        var visibility = JobVisibility.Of(Job(JobStatus.Completed), 120, [Progress("AssetView:All", 130), Progress("AssetVersion:All", 120)], null);

        Assert.Equal(new JobVisibility(VisibilityState.Visible, 0, 0, null), visibility);
    }

    [Fact]
    public void A_finished_job_is_catching_up_by_the_slowest_read_model_with_the_time_its_pace_gives()
    {
        var visibility = JobVisibility.Of(Job(JobStatus.CompletedWithErrors), 1_000,
            [Progress("AssetView:All", 900), Progress("AssetActivity:All", 400), Progress("ScopeScanView:All", 1_000)], eventsPerSecond: 200);

        Assert.Equal(new JobVisibility(VisibilityState.CatchingUp, 600, 3, "AssetActivity:All"), visibility);
    }

    [Fact]
    public void A_read_model_that_never_started_is_behind_the_whole_log_and_without_a_pace_there_is_no_estimate()
    {
        var visibility = JobVisibility.Of(Job(JobStatus.Failed), 50, [Progress("AssetView:All", 50), new ReadModelProgress("CostView:All", 70, Started: false)], null);

        Assert.Equal(new JobVisibility(VisibilityState.CatchingUp, 50, null, "CostView:All"), visibility);
    }

    [Fact]
    public void A_running_job_is_recording_even_when_the_read_models_keep_up()
    {
        Assert.Equal(VisibilityState.Recording, JobVisibility.Of(Job(JobStatus.Running), 10, [Progress("AssetView:All", 10)], null).State);
        Assert.Equal(new JobVisibility(VisibilityState.Recording, 7, null, "AssetView:All"),
            JobVisibility.Of(Job(JobStatus.Pending), 10, [Progress("AssetView:All", 3)], null));
    }

    [Fact]
    public void A_finished_dry_run_is_visible_at_once_because_it_appended_nothing_to_any_asset()
    {
        var visibility = JobVisibility.Of(Job(JobStatus.Completed, dryRun: true), 500, [Progress("AssetView:All", 1)], null);

        Assert.Equal(VisibilityState.Visible, visibility.State);
    }

    [Fact]
    public void The_pace_is_the_slowest_positions_movement_over_the_window_and_forgets_older_readings()
    {
        var pace = new CatchUpPace(TimeSpan.FromSeconds(10));

        Assert.Null(pace.Observe(At, 100));
        Assert.Null(pace.Observe(At.AddSeconds(1), 100));
        Assert.Equal(100, pace.Observe(At.AddSeconds(2), 300));
        Assert.Equal(100, pace.Observe(At.AddSeconds(4), 500));
        // The first readings fall out of the window: the pace is the recent one.
        Assert.Equal(500.0 / 9, pace.Observe(At.AddSeconds(13), 1_000)!.Value, 6);
        // A rebuild moves the position back: no pace until it moves again.
        Assert.Null(pace.Observe(At.AddSeconds(14), 10));
    }
}
