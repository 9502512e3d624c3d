using Inventory.Domain.Accounts;

namespace Inventory.Domain.Costs;

/// <summary>One account's own spend, as the accounts page shows it.</summary>
public sealed record AccountCostFigures(decimal ThisMonth, decimal LastMonth, string? Currency, DateTimeOffset FetchedAt);

/// <summary>
/// An account's figures come from its management account's breakdown by linked account, where the management account has a
/// row of its own too. An account missing from a fetched breakdown spent nothing in it.
/// </summary>
internal static class AccountCosts
{
    /// <param name="costs">Every management account's cost view, by management account id.</param>
    /// <returns>Null until the account's management account has figures.</returns>
    public static AccountCostFigures? For(AccountView account, IReadOnlyDictionary<string, CostView> costs)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(costs);
        var payer = account.Kind == AccountKind.Management ? account.AccountId : account.Credentials.ManagementAccountId;
        var view = payer is not null && costs.TryGetValue(payer, out var own) && own.FetchedAt is not null
            ? own
            // A member reached with credentials of its own names no management account: whichever lists it pays for it.
            : costs.Values.Where(v => v.FetchedAt is not null && Lists(v, account.AccountId)).MaxBy(v => v.FetchedAt);
        if (view is null)
            return null;
        return new AccountCostFigures(Amount(view.ThisMonth, account.AccountId), Amount(view.LastMonth, account.AccountId), view.Currency, view.FetchedAt!.Value);
    }

    private static bool Lists(CostView view, string accountId) =>
        (view.ThisMonth?.ByLinkedAccount ?? []).Concat(view.LastMonth?.ByLinkedAccount ?? []).Any(l => l.Key == accountId);

    private static decimal Amount(PeriodCosts? period, string accountId) =>
        period?.ByLinkedAccount.Where(l => l.Key == accountId).Sum(l => l.Amount) ?? 0m;
}
