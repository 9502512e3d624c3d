using Inventory.Domain.Access.SignIns;

namespace Inventory.Domain.Tests.Access;

/// <summary>Five failures per name or twenty per address within five minutes block sign-ins until the oldest blocking one ages out.</summary>
public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly SignInLimits Limits = SignInLimits.Default;

    private static DateTimeOffset[] MinutesAgo(params double[] minutes) => minutes.Select(m => Now.AddMinutes(-m)).ToArray();

    [Fact]
    public void Fewer_failures_than_the_limit_let_sign_ins_through() =>
        Assert.Null(SignInThrottle.RetryAfter(MinutesAgo(1, 2, 3, 4), MinutesAgo(1, 2, 3, 4), Now, Limits));

    [Fact]
    public void The_fifth_failure_for_a_name_blocks_until_the_first_of_them_is_five_minutes_old() =>
        Assert.Equal(TimeSpan.FromMinutes(1), SignInThrottle.RetryAfter(MinutesAgo(0.5, 1, 2, 3, 4), [], Now, Limits));

    [Fact]
    public void Failures_older_than_the_window_do_not_count() =>
        Assert.Null(SignInThrottle.RetryAfter(MinutesAgo(1, 2, 3, 6, 7, 8), [], Now, Limits));

    [Fact]
    public void Twenty_failures_from_one_address_block_every_name_from_it()
    {
        var address = Enumerable.Range(0, 20).Select(i => Now.AddSeconds(-10 * i - 10)).ToArray();

        Assert.Equal(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(200), SignInThrottle.RetryAfter([], address, Now, Limits));
    }

    [Fact]
    public void The_longer_wait_wins() =>
        Assert.Equal(TimeSpan.FromMinutes(4), SignInThrottle.RetryAfter(MinutesAgo(0, 0, 0, 0, 2), MinutesAgo(Enumerable.Repeat(1.0, 20).ToArray()),
            Now, Limits));
}
