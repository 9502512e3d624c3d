using Inventory.Domain.Costs;
using Inventory.Domain.Dashboard;

namespace Inventory.Domain.Tests.Dashboard;

public sealed class CostTotallingTests
{
    private static readonly DateOnly LastMonth = new(2026, 10, 1);
    private static readonly DateOnly ThisMonth = new(2026, 11, 1);
    private static readonly DateTimeOffset Earlier = new(2026, 11, 19, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static CostView View(string id, DateTimeOffset? fetchedAt, string? currency, CostLine[] thisMonth, CostLine[] lastMonth) => new()
    {
        Id = CostStreams.Key(id), ManagementAccountId = id, FetchedAt = fetchedAt, Currency = currency,
        ThisMonth = fetchedAt is null ? null : new PeriodCosts(ThisMonth, ThisMonth.AddDays(20), true, thisMonth.Sum(l => l.Amount), thisMonth, []),
        LastMonth = fetchedAt is null ? null : new PeriodCosts(LastMonth, ThisMonth, false, lastMonth.Sum(l => l.Amount), lastMonth, []),
    };

    [Fact]
    public void Totals_add_every_management_account_and_each_linked_account_keeps_its_own_months()
    {
        var totals = CostTotalling.Total(
        [
            View("100", Later, "USD", [new("100", "Root", 1.5m), new("101", "Payments", 40m)], [new("100", "Root", 12.5m), new("102", "Batch", 3.25m)]),
            View("200", Earlier, "USD", [new("201", null, 2.5m)], [new("201", null, 7.5m)]),
            View("300", null, null, [], []),
        ]);

        Assert.Equal(("USD", (DateTimeOffset?)Earlier, (decimal?)44m, (decimal?)23.25m), (totals.Currency, totals.FetchedAt, totals.ThisMonth, totals.LastMonth));
        Assert.Equal(
        [
            new AccountSpend("101", "Payments", "100", "USD", 40m, 0m),
            new AccountSpend("201", null, "200", "USD", 2.5m, 7.5m),
            new AccountSpend("100", "Root", "100", "USD", 1.5m, 12.5m),
            new AccountSpend("102", "Batch", "100", "USD", 0m, 3.25m),
        ], totals.ByAccount);
    }

    [Fact]
    public void Never_fetched_costs_are_null_not_zero()
    {
        foreach (var totals in new[] { CostTotalling.Total([View("300", null, null, [], [])]), CostTotalling.Total([]) })
        {
            Assert.Equal((null, null, null, null), (totals.Currency, totals.FetchedAt, totals.ThisMonth, totals.LastMonth));
            Assert.Empty(totals.ByAccount);
        }
    }

    [Fact]
    public void Figures_in_two_currencies_are_not_added_up_and_a_fetch_without_cost_adds_nothing()
    {
        var mixed = CostTotalling.Total([View("100", Later, "USD", [new("100", null, 1m)], []), View("200", Later, "EUR", [new("200", null, 2m)], [])]);
        Assert.Equal((null, null, null), (mixed.Currency, mixed.ThisMonth, mixed.LastMonth));
        Assert.Equal(2, mixed.ByAccount.Count);

        var quiet = CostTotalling.Total([View("100", Later, "USD", [new("100", null, 1m)], []), View("200", Earlier, null, [], [])]);
        Assert.Equal(("USD", (decimal?)1m, (decimal?)0m), (quiet.Currency, quiet.ThisMonth, quiet.LastMonth));
    }
}
