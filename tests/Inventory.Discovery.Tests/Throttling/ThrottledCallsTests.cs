using Inventory.Discovery.Throttling;

namespace Inventory.Discovery.Tests.Throttling;

public class ThrottledCallsTests
{
    /// <summary>Stands in for an SDK exception carrying AWS's error code and HTTP status.</summary>
    private sealed class AwsException(string? code, int? status) : Exception(code)
    {
        public string? Code { get; } = code;
        public int? Status { get; } = status;
    }

    private static (string? code, int? status) Classify(Exception exception) =>
        exception is AwsException aws ? (aws.Code, aws.Status) : (null, null);

    private static AwsException Throttled() => new("ThrottlingException", 400);

    /// <summary>A call that throws the given exceptions in turn, then answers; it counts its calls.</summary>
    private sealed class ScriptedCall(params Exception[] failures)
    {
        public int Calls { get; private set; }

        public Task<string> Invoke(CancellationToken ct)
        {
            Calls++;
            return Calls <= failures.Length ? Task.FromException<string>(failures[Calls - 1]) : Task.FromResult("answer");
        }
    }

    /// <summary>Records the waits asked for instead of sleeping.</summary>
    private sealed class RecordedDelays
    {
        public List<TimeSpan> Requested { get; } = [];
        public Action? OnDelay { get; init; }

        public Task Wait(TimeSpan delay, CancellationToken ct)
        {
            Requested.Add(delay);
            OnDelay?.Invoke();
            return Task.CompletedTask;
        }
    }

    private static Func<double> Randoms(params double[] values)
    {
        var next = 0;
        return () => values[next++];
    }

    private static Task<string> Run(
        ScriptedCall call, RecordedDelays delays, Backoff? backoff = null, Func<double>? random = null, CancellationToken ct = default) =>
        ThrottledCalls.RunAsync(call.Invoke, Classify, backoff ?? new Backoff(), random ?? (() => 1.0), delays.Wait, ct);

    [Fact]
    public async Task A_call_that_succeeds_first_time_is_made_once_without_waiting()
    {
        var call = new ScriptedCall();
        var delays = new RecordedDelays();

        Assert.Equal("answer", await Run(call, delays));

        Assert.Equal(1, call.Calls);
        Assert.Empty(delays.Requested);
    }

    [Fact]
    public async Task A_call_throttled_twice_succeeds_on_the_third_attempt_after_jittered_waits()
    {
        var call = new ScriptedCall(Throttled(), new AwsException("SlowDown", 503));
        var delays = new RecordedDelays();

        Assert.Equal("answer", await Run(call, delays, random: Randoms(0.5, 0.25)));

        Assert.Equal(3, call.Calls);
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100)], delays.Requested);
    }

    [Fact]
    public async Task A_bare_429_is_retried()
    {
        var call = new ScriptedCall(new AwsException(null, 429));
        var delays = new RecordedDelays();

        Assert.Equal("answer", await Run(call, delays, random: Randoms(0.75)));

        Assert.Equal(2, call.Calls);
        Assert.Equal([TimeSpan.FromMilliseconds(150)], delays.Requested);
    }

    [Theory]
    [InlineData("AccessDenied", 403)]
    [InlineData("InternalError", 500)]
    [InlineData(null, null)]
    public async Task A_non_throttling_error_propagates_at_once(string? code, int? status)
    {
        var failure = new AwsException(code, status);
        var call = new ScriptedCall(failure);
        var delays = new RecordedDelays();

        var thrown = await Assert.ThrowsAsync<AwsException>(() => Run(call, delays));

        Assert.Same(failure, thrown);
        Assert.Equal(1, call.Calls);
        Assert.Empty(delays.Requested);
    }

    [Fact]
    public async Task An_exception_the_classifier_does_not_know_propagates_at_once()
    {
        var call = new ScriptedCall(new InvalidOperationException("bug"));
        var delays = new RecordedDelays();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Run(call, delays));

        Assert.Equal(1, call.Calls);
        Assert.Empty(delays.Requested);
    }

    [Fact]
    public async Task It_gives_up_after_max_attempts_and_the_last_throttle_propagates()
    {
        var failures = Enumerable.Range(1, 10).Select(_ => (Exception)Throttled()).ToArray();
        var call = new ScriptedCall(failures);
        var delays = new RecordedDelays();

        var thrown = await Assert.ThrowsAsync<AwsException>(() => Run(call, delays, new Backoff { MaxAttempts = 4 }));

        Assert.Same(failures[3], thrown);
        Assert.Equal(4, call.Calls);
        Assert.Equal(
            [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800)],
            delays.Requested);
    }

    [Fact]
    public async Task With_one_attempt_nothing_is_retried()
    {
        var call = new ScriptedCall(Throttled());
        var delays = new RecordedDelays();

        await Assert.ThrowsAsync<AwsException>(() => Run(call, delays, new Backoff { MaxAttempts = 1 }));

        Assert.Equal(1, call.Calls);
        Assert.Empty(delays.Requested);
    }

    [Fact]
    public async Task Waits_are_capped_at_max()
    {
        var failures = Enumerable.Range(1, 8).Select(_ => (Exception)Throttled()).ToArray();
        var call = new ScriptedCall(failures);
        var delays = new RecordedDelays();

        await Assert.ThrowsAsync<AwsException>(() => Run(call, delays, random: () => 1.0));

        Assert.Equal(8, call.Calls);
        Assert.Equal(
            new[] { 200, 400, 800, 1_600, 3_200, 6_400, 12_800 }.Select(ms => TimeSpan.FromMilliseconds(ms)),
            delays.Requested);

        var capped = new RecordedDelays();
        await Assert.ThrowsAsync<AwsException>(() =>
            Run(new ScriptedCall(failures), capped, new Backoff { Max = TimeSpan.FromSeconds(1) }, () => 1.0));

        Assert.Equal(
            new[] { 200, 400, 800, 1_000, 1_000, 1_000, 1_000 }.Select(ms => TimeSpan.FromMilliseconds(ms)),
            capped.Requested);
    }

    [Fact]
    public async Task An_already_cancelled_token_stops_before_the_first_call()
    {
        var call = new ScriptedCall();
        var delays = new RecordedDelays();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(call, delays, ct: new CancellationToken(canceled: true)));

        Assert.Equal(0, call.Calls);
    }

    [Fact]
    public async Task Cancellation_during_the_wait_stops_further_attempts()
    {
        using var cancellation = new CancellationTokenSource();
        var call = new ScriptedCall(Throttled(), Throttled());
        var delays = new RecordedDelays { OnDelay = cancellation.Cancel };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(call, delays, ct: cancellation.Token));

        Assert.Equal(1, call.Calls);
        Assert.Single(delays.Requested);
    }

    [Fact]
    public async Task A_real_wait_is_cut_short_by_cancellation()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var call = new ScriptedCall(Throttled());
        var hourLong = new Backoff { Base = TimeSpan.FromHours(1), Max = TimeSpan.FromHours(1) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ThrottledCalls.RunAsync(call.Invoke, Classify, hourLong, () => 1.0, Task.Delay, cancellation.Token));

        Assert.Equal(1, call.Calls);
    }

    [Fact]
    public async Task An_operation_cancelled_by_the_call_is_never_retried_even_if_classified_as_throttling()
    {
        var call = new ScriptedCall(new OperationCanceledException());
        var delays = new RecordedDelays();

        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            ThrottledCalls.RunAsync(call.Invoke, _ => ("Throttling", 429), new Backoff(), () => 1.0, delays.Wait, CancellationToken.None));

        Assert.Equal(1, call.Calls);
        Assert.Empty(delays.Requested);
    }
}
