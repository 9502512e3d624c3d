using Inventory.Api.Access;
using Inventory.Api.Secrets;
using Inventory.Domain.Accounts;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Accounts;

public static class EditAccountEndpoint
{
    [WolverinePut("/api/accounts/{accountId}")]
    public static Task<IResult> Put(string accountId, EditAccount body, HttpContext context, IDocumentStore store, AccountSecrets secrets,
        CancellationToken cancellation)
    {
        var cause = SignedIn.CauseOf(context);
        return AccountWrites.RunAsync(store, accountId,
            async (session, current) =>
            {
                var management = await AccountWrites.LoadAsync(session, body.Credentials?.ManagementAccountId, cancellation);
                var members = current?.Kind == AccountKind.Management ? await AccountWrites.CountMembersOfAsync(session, accountId, cancellation) : 0;
                return AccountDecisions.Edit(accountId, body.Input, current, management, members, secrets.Protect, DateTimeOffset.UtcNow, cause);
            },
            view => Results.Ok(AccountResponse.From(view)),
            cancellation);
    }
}
