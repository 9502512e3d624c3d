using Inventory.Api.Access;
using Inventory.Domain.Accounts;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Inventory.Api.Accounts.Removal;

public static class RemoveAccountEndpoint
{
    /// <summary>
    /// markAssetsGone is required: removing an account never decides silently what happens to its assets. With true, the
    /// removal and a durable <see cref="MarkAccountAssetsGone"/> commit together, and its assets are marked gone afterwards.
    /// </summary>
    [WolverineDelete("/api/accounts/{accountId}")]
    public static Task<IResult> Delete(string accountId, string? markAssetsGone, HttpContext context, IDocumentStore store, IMartenOutbox outbox,
        CancellationToken cancellation)
    {
        var cause = SignedIn.CauseOf(context);
        bool? choice = bool.TryParse(markAssetsGone, out var parsed) ? parsed : null;
        return AccountWrites.RunAsync(store, accountId,
            async (session, current) =>
            {
                var members = current?.Kind == AccountKind.Management ? await AccountWrites.CountMembersOfAsync(session, accountId, cancellation) : 0;
                return AccountDecisions.Remove(accountId, current, members, choice, DateTimeOffset.UtcNow, cause);
            },
            _ => Results.NoContent(), cancellation,
            new FollowUp(outbox, events => events.OfType<AccountRemoved>().Where(r => r.MarkAssetsGone)
                .Select(r => new MarkAccountAssetsGone(r.AccountId, r.At, r.Cause))));
    }
}
