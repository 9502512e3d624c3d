using Inventory.Domain.Accounts;
using Inventory.Domain.Costs;

namespace Inventory.Api.Costs;

internal sealed record LinkedAccountCost(string AccountId, string? Name, decimal Amount);

internal sealed record ServiceCost(string Service, decimal Amount);

/// <summary>One month: [start, end) with end exclusive, whether AWS still estimates it, its total and breakdowns, largest first.</summary>
internal sealed record PeriodResponse(
    DateOnly Start, DateOnly End, bool Estimated, decimal Total, IReadOnlyList<LinkedAccountCost> ByLinkedAccount, IReadOnlyList<ServiceCost> ByService)
{
    public static PeriodResponse? From(PeriodCosts? period) => period is null ? null : new(
        period.Start, period.End, period.Estimated, period.Total,
        period.ByLinkedAccount.Select(l => new LinkedAccountCost(l.Key, l.Name, l.Amount)).ToList(),
        period.ByService.Select(l => new ServiceCost(l.Key, l.Amount)).ToList());
}

/// <summary>
/// A management account's costs: the last good figures (null until one fetch succeeded) and the error of a later fetch that failed.
/// </summary>
internal sealed record ManagementCosts(
    string ManagementAccountId, string DisplayName, bool Active, DateTimeOffset? FetchedAt, string? Currency,
    PeriodResponse? ThisMonth, PeriodResponse? LastMonth, CostError? LastError, Guid? LastRefreshId, DateTimeOffset? LastAttemptAt)
{
    public static ManagementCosts From(AccountView account, CostView? costs) => new(
        account.AccountId, account.DisplayName, account.Active, costs?.FetchedAt, costs?.Currency,
        PeriodResponse.From(costs?.ThisMonth), PeriodResponse.From(costs?.LastMonth), costs?.LastError, costs?.LastRefreshId, costs?.LastAttemptAt);
}

internal sealed record CostsOverview(IReadOnlyList<ManagementCosts> Items);
