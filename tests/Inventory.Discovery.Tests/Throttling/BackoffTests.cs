using Inventory.Discovery.Throttling;

namespace Inventory.Discovery.Tests.Throttling;

public class BackoffTests
{
    [Fact]
    public void Defaults_are_200_ms_base_20_s_max_and_8_attempts()
    {
        var backoff = new Backoff();

        Assert.Equal(TimeSpan.FromMilliseconds(200), backoff.Base);
        Assert.Equal(TimeSpan.FromSeconds(20), backoff.Max);
        Assert.Equal(8, backoff.MaxAttempts);
    }

    [Theory]
    [InlineData(1, 200)]
    [InlineData(2, 400)]
    [InlineData(3, 800)]
    [InlineData(4, 1_600)]
    [InlineData(7, 12_800)]
    [InlineData(8, 20_000)]
    [InlineData(9, 20_000)]
    [InlineData(1_000, 20_000)]
    [InlineData(int.MaxValue, 20_000)]
    public void The_ceiling_doubles_per_attempt_up_to_max(int attempt, int ceilingMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(ceilingMs), new Backoff().Delay(attempt, 1.0));
    }

    [Theory]
    [InlineData(1, 0.0, 0)]
    [InlineData(1, 0.5, 100)]
    [InlineData(2, 0.25, 100)]
    [InlineData(3, 0.3, 240)]
    [InlineData(10, 0.5, 10_000)]
    [InlineData(10, 0.0, 0)]
    public void The_delay_is_the_random_share_of_the_ceiling(int attempt, double random01, int delayMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(delayMs), new Backoff().Delay(attempt, random01));
    }

    [Fact]
    public void Base_and_max_can_be_changed()
    {
        var backoff = new Backoff { Base = TimeSpan.FromSeconds(1), Max = TimeSpan.FromSeconds(3) };

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Delay(1, 1.0));
        Assert.Equal(TimeSpan.FromSeconds(2), backoff.Delay(2, 1.0));
        Assert.Equal(TimeSpan.FromSeconds(3), backoff.Delay(3, 1.0));
        Assert.Equal(TimeSpan.FromSeconds(1.5), backoff.Delay(3, 0.5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Attempts_start_at_one(int attempt)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff().Delay(attempt, 0.5));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void The_random_number_must_be_between_zero_and_one(double random01)
    {
        Assert.Equal("random01", Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff().Delay(1, random01)).ParamName);
    }

    [Fact]
    public void Settings_must_be_positive()
    {
        Assert.Equal("Base", Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff { Base = TimeSpan.Zero }).ParamName);
        Assert.Equal("Max", Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff { Max = TimeSpan.FromSeconds(-1) }).ParamName);
        Assert.Equal("MaxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff { MaxAttempts = 0 }).ParamName);
    }
}
