using Inventory.Api.Accounts;
using Inventory.Domain.Accounts;
using Inventory.Domain.Costs;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Costs;

public static class ReadCostEndpoints
{
    /// <summary>Every registered management account with its costs, whether or not they were ever fetched.</summary>
    [WolverineGet("/api/costs")]
    public static async Task<IResult> List(IQuerySession session, CancellationToken cancellation)
    {
        var management = await session.Query<AccountView>()
            .Where(a => a.Kind == AccountKind.Management && !a.Removed)
            .OrderBy(a => a.AccountId)
            .ToListAsync(cancellation);
        var costs = await CostLookup.LoadAsync(session, cancellation);
        return Results.Ok(new CostsOverview(management.Select(m => ManagementCosts.From(m, costs.GetValueOrDefault(m.AccountId))).ToList()));
    }

    [WolverineGet("/api/costs/{accountId}")]
    public static async Task<IResult> Get(string accountId, IQuerySession session, CancellationToken cancellation)
    {
        var account = await AccountWrites.LoadAsync(session, accountId, cancellation);
        if (account is null or { Removed: true })
            return AccountProblems.NotFound(accountId);
        if (account.Kind != AccountKind.Management)
            return CostProblems.Invalid(CostRefreshRules.AccountField,
                $"{CostRefreshRules.AccountField}: account {accountId} is a member account; its costs are in its management account's breakdown.");
        var costs = await session.LoadAsync<CostView>(CostStreams.Key(accountId), cancellation);
        return Results.Ok(ManagementCosts.From(account, costs));
    }
}

/// <summary>Every management account's cost view, by its id: few enough to read at once for a page of accounts.</summary>
internal static class CostLookup
{
    public static async Task<IReadOnlyDictionary<string, CostView>> LoadAsync(IQuerySession session, CancellationToken cancellation) =>
        (await session.Query<CostView>().ToListAsync(cancellation)).ToDictionary(v => v.ManagementAccountId, StringComparer.Ordinal);
}
