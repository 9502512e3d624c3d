using Inventory.Api.Access;
using Inventory.Domain.Accounts;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Accounts;

/// <summary>Deactivating only pauses discovery of the account; doing either twice changes nothing.</summary>
public static class AccountActivationEndpoints
{
    [WolverinePost("/api/accounts/{accountId}/deactivate")]
    public static Task<IResult> Deactivate(string accountId, HttpContext context, IDocumentStore store, CancellationToken cancellation)
    {
        var cause = SignedIn.CauseOf(context);
        return AccountWrites.RunAsync(store, accountId,
            (_, current) => Task.FromResult(AccountDecisions.Deactivate(accountId, current, DateTimeOffset.UtcNow, cause)),
            view => Results.Ok(AccountResponse.From(view)), cancellation);
    }

    [WolverinePost("/api/accounts/{accountId}/reactivate")]
    public static Task<IResult> Reactivate(string accountId, HttpContext context, IDocumentStore store, CancellationToken cancellation)
    {
        var cause = SignedIn.CauseOf(context);
        return AccountWrites.RunAsync(store, accountId,
            (_, current) => Task.FromResult(AccountDecisions.Reactivate(accountId, current, DateTimeOffset.UtcNow, cause)),
            view => Results.Ok(AccountResponse.From(view)), cancellation);
    }
}
