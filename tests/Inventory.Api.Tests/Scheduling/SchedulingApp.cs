using Alba;
using Inventory.Api.Scheduling;
using Inventory.Api.Tests.DiscoveryJobs;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Scheduling;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Wolverine;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Marten;
using Wolverine.Tracking;

namespace Inventory.Api.Tests.Scheduling;

/// <summary>A host with the hourly check registered and an hourly discovery interval, and ways to run one occurrence of it.</summary>
public class SchedulingApp : DiscoveryJobApp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    protected override void Configure(IWebHostBuilder web)
    {
        base.Configure(web);
        web.UseSetting("Inventory:Scheduling:Enabled", "true");
        web.UseSetting("Inventory:Scheduling:DiscoveryInterval", "Hourly");
    }

    /// <summary>A second instance of the product on the same database and schemas, as a second replica would be.</summary>
    public async Task<IAlbaHost> StartReplicaAsync()
    {
        var connection = await TestDatabase.ConnectionStringAsync();
        return await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", connection);
            web.UseSetting("Inventory:Schema", Schema);
            Configure(web);
        });
    }

    /// <summary>Runs the given occurrence on every given host at once and waits for all it caused, on all of them.</summary>
    public async Task RunCheckAsync(DateTimeOffset occurrence, params IAlbaHost[] replicas)
    {
        var tracking = Host.TrackActivity().Timeout(Timeout).WaitForNonStaleDaemonDataAfterExecution(Timeout);
        foreach (var replica in replicas)
            tracking = tracking.AlsoTrack(replica);
        await tracking.ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ =>
            Task.WhenAll(new[] { Host }.Concat(replicas).Select(h => InvokeAsync(h, new CheckSchedule(occurrence))))));
    }

    private static async Task InvokeAsync(IAlbaHost host, CheckSchedule check)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(check);
    }

    public async Task<IReadOnlyList<ScheduledCheckRan>> ChecksAsync()
    {
        await using var session = Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(SchedulerStreams.Key);
        return events.Select(e => e.Data).OfType<ScheduledCheckRan>().ToList();
    }

    public async Task<IReadOnlyList<DiscoveryJobView>> JobsAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Query<DiscoveryJobView>().OrderBy(j => j.StartedAt).ToListAsync();
    }
}
