using Alba;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.DiscoveryJobs;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>The real host against a stub AWS, plus a way to start a job and wait for all its messages and projections.</summary>
public class DiscoveryJobApp : StubAwsApp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Registers an account with its stub access key, scanned in the given regions only.</summary>
    public Task RegisterAsync(string accountId, params string[] regions)
    {
        var key = Aws.Estate.Account(accountId).Key;
        return Host.PostAsync("/api/accounts", new
        {
            accountId, displayName = "Jobs " + accountId, kind = "management", environment = "shared", regions,
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
        }, 201);
    }

    /// <summary>POSTs a job and returns once every message it caused is handled and the async projections caught up.</summary>
    public async Task<string> StartAndWaitAsync(object body)
    {
        var text = "";
        await Host.TrackActivity()
            .Timeout(Timeout)
            .WaitForNonStaleDaemonDataAfterExecution(Timeout)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => text = await Host.PostAsync("/api/discovery-jobs", body, 202)));
        return text;
    }

    /// <summary>
    /// Starts a job, runs <paramref name="whileRunning"/> while its accounts are being handled (to cancel it, say),
    /// then waits for every message and projection and returns the job as the API shows it.
    /// </summary>
    public async Task<DiscoveryJobView> RunJobAsync(object body, Func<Guid, Task>? whileRunning = null)
    {
        var jobId = Guid.Empty;
        await Host.TrackActivity()
            .Timeout(Timeout)
            .WaitForNonStaleDaemonDataAfterExecution(Timeout)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            {
                jobId = Json(await Host.PostAsync("/api/discovery-jobs", body, 202)).GetProperty("jobId").GetGuid();
                if (whileRunning is not null)
                    await whileRunning(jobId);
            }));
        return await Host.GetJsonAsync<DiscoveryJobView>($"/api/discovery-jobs/{jobId}");
    }

    public Task<DiscoveryJobView> RunJobAsync(string accountId, bool dryRun = false, Func<Guid, Task>? whileRunning = null) =>
        RunJobAsync(new { accountIds = new[] { accountId }, dryRun }, whileRunning);
}

/// <summary>A host whose jobs may run for a few seconds only, so the time limit can be reached in a test.</summary>
public sealed class ShortTimeLimitApp : DiscoveryJobApp
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(4);

    protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder web)
    {
        base.Configure(web);
        web.UseSetting("Inventory:Discovery:TimeLimit", TimeLimit.ToString());
        web.UseSetting("Inventory:Discovery:CancelCheckInterval", "00:00:00.200");
    }
}
