using Inventory.Domain.Accounts;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Accounts;

public static class RemoveAccountEndpoint
{
    /// <summary>markAssetsGone is required: removing an account never decides silently what happens to its assets.</summary>
    [WolverineDelete("/api/accounts/{accountId}")]
    public static Task<IResult> Delete(string accountId, string? markAssetsGone, HttpContext context, IDocumentStore store,
        CancellationToken cancellation)
    {
        var cause = AccountWrites.CauseOf(context);
        bool? choice = bool.TryParse(markAssetsGone, out var parsed) ? parsed : null;
        return AccountWrites.RunAsync(store, accountId,
            async (session, current) =>
            {
                var members = current?.Kind == AccountKind.Management ? await AccountWrites.CountMembersOfAsync(session, accountId, cancellation) : 0;
                return AccountDecisions.Remove(accountId, current, members, choice, DateTimeOffset.UtcNow, cause);
            },
            _ => Results.NoContent(), cancellation);
    }
}
