using Inventory.Api.Assets;
using Inventory.Api.Costs;
using Inventory.Domain.Accounts;
using Inventory.Domain.Costs;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Accounts;

public static class ReadAccountEndpoints
{
    [WolverineGet("/api/accounts/{accountId}")]
    public static async Task<IResult> Get(string accountId, IQuerySession session, CancellationToken cancellation)
    {
        var view = await AccountWrites.LoadAsync(session, accountId, cancellation);
        if (view is null or { Removed: true })
            return AccountProblems.NotFound(accountId);
        return Results.Ok(AccountResponse.From(view, AccountCosts.For(view, await CostLookup.LoadAsync(session, cancellation))));
    }

    public static ProblemDetails Validate(string? page, string? pageSize) =>
        Paging.Check(page, pageSize, out _, out _) ?? WolverineContinue.NoProblems;

    [WolverineGet("/api/accounts")]
    public static async Task<AccountPage> List(string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        Paging.Check(page, pageSize, out var number, out var size);
        var views = await session.Query<AccountView>().Where(v => !v.Removed).OrderBy(v => v.AccountId).ToPagedListAsync(number, size, cancellation);
        var costs = await CostLookup.LoadAsync(session, cancellation);
        return new AccountPage(views.Select(v => AccountResponse.From(v, AccountCosts.For(v, costs))).ToList(), number, size, views.TotalItemCount);
    }
}
