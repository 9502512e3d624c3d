namespace Inventory.StubAws.Core;

/// <summary>
/// Calls held open until released or abandoned by the caller: how tests make a scope slow without sleeping.
/// <see cref="StubStall.Entered"/> completes when the first matching call arrives.
/// </summary>
public sealed class StubStalls
{
    private readonly object gate = new();
    private readonly List<StubStall> stalls = [];

    public StubStall Add(string service, string action, string? accountId = null, string? region = null)
    {
        var stall = new StubStall(service, action, accountId, region);
        lock (gate)
            stalls.Add(stall);
        return stall;
    }

    public void Clear()
    {
        lock (gate)
        {
            foreach (var stall in stalls)
                stall.Release();
            stalls.Clear();
        }
    }

    /// <summary>Waits while a matching stall holds; ends early when the caller hangs up.</summary>
    internal Task HoldAsync(string service, string action, string accountId, string region, CancellationToken callerGone)
    {
        StubStall? stall;
        lock (gate)
            stall = stalls.FirstOrDefault(s => s.Matches(service, action, accountId, region));
        return stall is null ? Task.CompletedTask : stall.HoldAsync(callerGone);
    }
}

public sealed class StubStall(string service, string action, string? accountId, string? region)
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource abandoned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A matching call has arrived and is being held.</summary>
    public Task Entered => entered.Task;

    /// <summary>A held call was given up by its caller (it cancelled or timed out).</summary>
    public Task Abandoned => abandoned.Task;

    public void Release() => released.TrySetResult();

    internal bool Matches(string s, string a, string account, string r) =>
        s == service && a == action && (accountId is null || accountId == account) && (region is null || region == r);

    internal async Task HoldAsync(CancellationToken callerGone)
    {
        entered.TrySetResult();
        try
        {
            await released.Task.WaitAsync(callerGone);
        }
        catch (OperationCanceledException)
        {
            abandoned.TrySetResult();
            throw;
        }
    }
}
