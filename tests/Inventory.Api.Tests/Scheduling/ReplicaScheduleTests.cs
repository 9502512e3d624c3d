using Inventory.Domain.DiscoveryJobs;

namespace Inventory.Api.Tests.Scheduling;

/// <summary>Two instances on one database: an occurrence that reaches both (a failover, or a duplicate publish) runs once.</summary>
public sealed class ReplicaScheduleTests(SchedulingApp app) : IClassFixture<SchedulingApp>
{
    private static readonly DateTimeOffset Hour = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month,
        DateTimeOffset.UtcNow.Day, DateTimeOffset.UtcNow.Hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_instances_running_the_same_occurrence_start_one_discovery()
    {
        await using var replica = await app.StartReplicaAsync();
        await app.RegisterAsync("633333333333", "eu-west-1");
        var occurrence = Hour.AddHours(1);

        await app.RunCheckAsync(occurrence, replica);

        var job = Assert.Single(await app.JobsAsync());
        Assert.Equal("System:scheduler", job.Trigger);
        Assert.True(job.IsFinished);
        var check = Assert.Single(await app.ChecksAsync());
        Assert.Equal(occurrence, check.Occurrence);
        Assert.Equal(job.JobId, check.StartedJobId);
    }
}
