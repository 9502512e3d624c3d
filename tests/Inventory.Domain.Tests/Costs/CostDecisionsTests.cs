using Inventory.Domain.Assets;
using Inventory.Domain.Costs;

namespace Inventory.Domain.Tests.Costs;

/// <summary>What Cost Explorer's pages come to: per-period totals and breakdowns summed by key, largest first.</summary>
public sealed class CostDecisionsTests
{
    private const string Root = "800000000000";
    private static readonly Guid Refresh = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly CostWindow Window = CostWindow.At(Now);
    private static readonly DateOnly October = new(2026, 10, 1);
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly Cause Alice = Cause.User("alice");

    private static readonly CostPeriod[] BothMonths =
        [new(October, November, false), new(November, new DateOnly(2026, 11, 28), true)];

    private static CostGroup Group(DateOnly month, string key, decimal amount, string? name = null, string unit = "USD") =>
        new(month, key, name, amount, unit);

    private static object Decide(IReadOnlyList<CostGroup> byAccount, IReadOnlyList<CostGroup> byService, IReadOnlyList<CostPeriod>? periods = null) =>
        CostDecisions.Fetched(Root, Refresh, Window,
            new MonthlyCosts(new CostBreakdown(periods ?? BothMonths, byAccount), new CostBreakdown(periods ?? BothMonths, byService)), Now, Alice);

    [Fact]
    public void Each_month_gets_its_total_and_its_lines_largest_first_with_a_key_split_across_pages_added_up()
    {
        var fetched = Assert.IsType<CostsFetched>(Decide(
            [
                Group(October, Root, 10.5m, "Root"), Group(October, "800000000001", 100.25m, "Payments"),
                Group(November, "800000000001", 7m, "Payments"), Group(November, "800000000001", 0.125m),
                Group(November, Root, 3m, "Root"),
            ],
            [Group(October, "Amazon Elastic Compute Cloud - Compute", 90m), Group(October, "AWS Lambda", 20.75m), Group(November, "AWS Lambda", 10.125m)]));

        Assert.Equal((Root, Refresh, Now, "USD"), (fetched.ManagementAccountId, fetched.RefreshId, fetched.FetchedAt, fetched.Currency));
        Assert.Equal((October, November, false, 110.75m), (fetched.LastMonth.Start, fetched.LastMonth.End, fetched.LastMonth.Estimated, fetched.LastMonth.Total));
        Assert.Equal([new CostLine("800000000001", "Payments", 100.25m), new CostLine(Root, "Root", 10.5m)], fetched.LastMonth.ByLinkedAccount);
        Assert.Equal([new CostLine("Amazon Elastic Compute Cloud - Compute", null, 90m), new CostLine("AWS Lambda", null, 20.75m)], fetched.LastMonth.ByService);
        Assert.Equal((November, new DateOnly(2026, 11, 28), true, 10.125m), (fetched.ThisMonth.Start, fetched.ThisMonth.End, fetched.ThisMonth.Estimated, fetched.ThisMonth.Total));
        Assert.Equal([new CostLine("800000000001", "Payments", 7.125m), new CostLine(Root, "Root", 3m)], fetched.ThisMonth.ByLinkedAccount);
        Assert.Equal([new CostLine("AWS Lambda", null, 10.125m)], fetched.ThisMonth.ByService);
    }

    [Fact]
    public void A_month_aws_left_out_cost_nothing_and_no_cost_at_all_has_no_currency()
    {
        var fetched = Assert.IsType<CostsFetched>(Decide([], [], periods: []));

        Assert.Null(fetched.Currency);
        Assert.Equal((October, November, false, 0m), (fetched.LastMonth.Start, fetched.LastMonth.End, fetched.LastMonth.Estimated, fetched.LastMonth.Total));
        Assert.Empty(fetched.LastMonth.ByLinkedAccount);
        Assert.Empty(fetched.LastMonth.ByService);
        Assert.Equal((November, Window.End, 0m), (fetched.ThisMonth.Start, fetched.ThisMonth.End, fetched.ThisMonth.Total));
    }

    [Fact]
    public void Amounts_in_two_currencies_are_a_failure_rather_than_a_wrong_total()
    {
        var failed = Assert.IsType<CostsFetchFailed>(Decide([Group(October, Root, 1m), Group(October, "800000000001", 2m, unit: "EUR")], []));

        Assert.Equal(CostDecisions.MixedCurrenciesCode, failed.ErrorCode);
        Assert.Equal("Cost Explorer reported amounts in EUR, USD; figures in one currency only can be totalled.", failed.Message);
    }

    [Fact]
    public void A_refresh_out_of_time_says_its_limit()
    {
        var failed = CostDecisions.TimedOut(Root, Refresh, TimeSpan.FromMinutes(5), Now, Alice);

        Assert.Equal((CostDecisions.TimeLimitCode, "Cost Explorer did not answer within the refresh's time limit of 5 minutes."), (failed.ErrorCode, failed.Message));
        Assert.Equal("Cost Explorer did not answer within the refresh's time limit of 3 seconds.",
            CostDecisions.TimedOut(Root, Refresh, TimeSpan.FromSeconds(2.5), Now, Alice).Message);
    }
}
