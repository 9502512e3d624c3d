using System.Diagnostics;

namespace Inventory.Benchmarks;

/// <summary>
/// The peak working set of this process during one phase. On Linux the kernel's own high-water mark (VmHWM) is reset at
/// the start (writing 5 to /proc/self/clear_refs) and read at the end; elsewhere, or if the reset is refused, the working
/// set sampled every 20 ms stands in. Usage: <c>using var peak = PhasePeak.Start(); ...; peak.Megabytes</c>.
/// </summary>
internal sealed class PhasePeak : IDisposable
{
    private readonly bool _kernelReset;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _sampled;
    private long? _final;

    private PhasePeak()
    {
        // What the previous phase left for the collector is not this phase's memory.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        _kernelReset = TryResetKernelPeak();
        _sampler = Task.Run(SampleAsync);
    }

    public static PhasePeak Start() => new();

    /// <summary>The phase's peak so far, or at <see cref="Stop"/>, in MB.</summary>
    public long Megabytes => Bytes / 1024 / 1024;

    public long Bytes => _final ?? Current();

    /// <summary>Ends the phase: later work no longer counts.</summary>
    public PhasePeak Stop()
    {
        _final ??= Current();
        _stop.Cancel();
        return this;
    }

    public void Dispose()
    {
        Stop();
        _sampler.Wait();
        _stop.Dispose();
    }

    private long Current()
    {
        var kernel = _kernelReset ? KernelPeak() ?? 0 : 0;
        return Math.Max(kernel, Math.Max(Interlocked.Read(ref _sampled), Sample()));
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
                Sample();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private long Sample()
    {
        using var process = Process.GetCurrentProcess();
        var now = process.WorkingSet64;
        long seen;
        while (now > (seen = Interlocked.Read(ref _sampled)) && Interlocked.CompareExchange(ref _sampled, now, seen) != seen)
        {
        }
        return now;
    }

    private static bool TryResetKernelPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return KernelPeak() is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>VmHWM from /proc/self/status, in bytes.</summary>
    private static long? KernelPeak()
    {
        if (!File.Exists("/proc/self/status"))
            return null;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        return null;
    }
}
