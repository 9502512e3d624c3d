using Inventory.Domain.Assets;
using Inventory.Domain.Costs;

namespace Inventory.Domain.Tests.Costs;

/// <summary>The read model keeps the newest good figures and, beside them, an error newer than they are.</summary>
public sealed class CostMergeTests
{
    private const string Root = "810000000000";
    private const string Key = "costs:" + Root;
    private static readonly DateTimeOffset Nine = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause System = new(CauseKind.System, "scheduler");

    private static CostsFetched Fetched(DateTimeOffset at, decimal total) => new(Root, Guid.NewGuid(), at, "USD",
        new PeriodCosts(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 28), true, total, [new CostLine(Root, "Root", total)], []),
        new PeriodCosts(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), false, 2 * total, [new CostLine(Root, "Root", 2 * total)], []),
        System);

    private static CostsFetchFailed Failed(DateTimeOffset at, string code = "AccessDeniedException") =>
        new(Root, Guid.NewGuid(), at, code, "User not enabled for cost explorer access", System);

    [Fact]
    public void A_failure_after_good_figures_keeps_them_and_shows_the_error()
    {
        var view = CostMerge.Apply(null, Key, Fetched(Nine, 5m));
        var failure = Failed(Nine.AddHours(1));

        view = CostMerge.Apply(view, Key, failure);

        Assert.Equal((Key, Root, Nine, 5m, 10m), (view.Id, view.ManagementAccountId, view.FetchedAt, view.ThisMonth!.Total, view.LastMonth!.Total));
        Assert.Equal(new CostError("AccessDeniedException", "User not enabled for cost explorer access", Nine.AddHours(1)), view.LastError);
        Assert.Equal((failure.RefreshId, failure.FailedAt), (view.LastRefreshId, view.LastAttemptAt));
    }

    [Fact]
    public void A_failure_before_any_figures_shows_the_error_alone()
    {
        var view = CostMerge.Apply(null, Key, Failed(Nine, "DataUnavailableException"));

        Assert.Null(view.FetchedAt);
        Assert.Null(view.ThisMonth);
        Assert.Equal("DataUnavailableException", view.LastError!.ErrorCode);
    }

    [Fact]
    public void A_later_success_replaces_the_figures_and_clears_the_error()
    {
        var view = CostMerge.Apply(CostMerge.Apply(CostMerge.Apply(null, Key, Fetched(Nine, 5m)), Key, Failed(Nine.AddHours(1))), Key, Fetched(Nine.AddHours(2), 7m));

        Assert.Equal((Nine.AddHours(2), 7m), (view.FetchedAt, view.ThisMonth!.Total));
        Assert.Null(view.LastError);
    }

    [Fact]
    public void Outcomes_recorded_out_of_order_never_bring_back_older_news()
    {
        var newer = Fetched(Nine.AddHours(2), 7m);
        var view = CostMerge.Apply(null, Key, newer);

        view = CostMerge.Apply(view, Key, Fetched(Nine, 5m));
        view = CostMerge.Apply(view, Key, Failed(Nine.AddHours(1)));

        Assert.Equal((Nine.AddHours(2), 7m), (view.FetchedAt, view.ThisMonth!.Total));
        Assert.Null(view.LastError);
        Assert.Equal((newer.RefreshId, newer.FetchedAt), (view.LastRefreshId, view.LastAttemptAt));
    }

    [Fact]
    public void Of_two_errors_after_the_figures_the_newer_one_is_shown()
    {
        var view = CostMerge.Apply(null, Key, Failed(Nine.AddHours(2), "TimeLimitExceeded"));

        view = CostMerge.Apply(view, Key, Failed(Nine.AddHours(1), "AccessDeniedException"));

        Assert.Equal("TimeLimitExceeded", view.LastError!.ErrorCode);
    }
}
