using Alba;
using Inventory.Api.Tests.Harness;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>The real host against a stub AWS, plus a way to start a job and wait for all its messages and projections.</summary>
public sealed class DiscoveryJobApp : StubAwsApp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Registers an account with its stub access key, scanned in one region only.</summary>
    public Task RegisterAsync(string accountId, string region)
    {
        var key = Aws.Estate.Account(accountId).Key;
        return Host.PostAsync("/api/accounts", new
        {
            accountId, displayName = "Jobs " + accountId, kind = "management", environment = "shared", regions = new[] { region },
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
}
