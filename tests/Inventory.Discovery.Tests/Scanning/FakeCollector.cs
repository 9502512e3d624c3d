using System.Threading.Channels;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Scanning;

/// <summary>
/// A collector whose calls wait until the test lets them finish, and which counts how many run at once,
/// so concurrency is measured exactly instead of with sleeps.
/// </summary>
internal sealed class GatedCalls
{
    private readonly Channel<(ScopeAccess Access, TaskCompletionSource<IReadOnlyList<Observation>> Gate)> started = Channel.CreateUnbounded<(ScopeAccess, TaskCompletionSource<IReadOnlyList<Observation>>)>();
    private int running;
    private int mostAtOnce;

    public int MostAtOnce => Volatile.Read(ref mostAtOnce);

    public int Running => Volatile.Read(ref running);

    /// <summary>The next call that has started and now waits for the test.</summary>
    public async Task<TaskCompletionSource<IReadOnlyList<Observation>>> NextStartedAsync() =>
        (await started.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10))).Gate;

    public bool TryNextStarted(out TaskCompletionSource<IReadOnlyList<Observation>>? gate)
    {
        var found = started.Reader.TryRead(out var call);
        gate = found ? call.Gate : null;
        return found;
    }

    public async Task<IReadOnlyList<Observation>> RunAsync(ScopeAccess access, CancellationToken cancellation)
    {
        var now = Interlocked.Increment(ref running);
        InterlockedMax(ref mostAtOnce, now);
        try
        {
            var gate = new TaskCompletionSource<IReadOnlyList<Observation>>(TaskCreationOptions.RunContinuationsAsynchronously);
            await started.Writer.WriteAsync((access, gate), cancellation);
            return await gate.Task.WaitAsync(cancellation);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

internal sealed class FakeCollector(string service, bool isGlobal, Func<ScopeAccess, CancellationToken, Task<IReadOnlyList<Observation>>> collect) : ICollector
{
    public string Service => service;

    public bool IsGlobal => isGlobal;

    public Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation) => collect(access, cancellation);

    public static FakeCollector Gated(string service, bool isGlobal, GatedCalls calls) => new(service, isGlobal, calls.RunAsync);

    public static FakeCollector Throwing(string service, Exception exception) =>
        new(service, false, (_, _) => Task.FromException<IReadOnlyList<Observation>>(exception));

    public static FakeCollector Empty(string service, bool isGlobal = false) =>
        new(service, isGlobal, (_, _) => Task.FromResult<IReadOnlyList<Observation>>([]));
}
