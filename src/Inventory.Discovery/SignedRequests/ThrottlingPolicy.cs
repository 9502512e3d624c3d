using Inventory.Discovery.Throttling;

namespace Inventory.Discovery.SignedRequests;

/// <summary>How a signed client waits out throttling; injectable so tests neither sleep nor depend on chance.</summary>
internal sealed record ThrottlingPolicy(Backoff Backoff, Func<double> Random, Func<TimeSpan, CancellationToken, Task> Delay)
{
    public static readonly ThrottlingPolicy Default = new(new Backoff(), System.Random.Shared.NextDouble, Task.Delay);
}
