using Inventory.Api.Access;
using Inventory.Api.Secrets;
using Inventory.Domain.Accounts;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Accounts;

public static class RegisterAccountEndpoint
{
    [WolverinePost("/api/accounts")]
    public static Task<IResult> Post(RegisterAccount body, HttpContext context, IDocumentStore store, AccountSecrets secrets,
        CancellationToken cancellation)
    {
        var cause = SignedIn.CauseOf(context);
        return AccountWrites.RunAsync(store, body.AccountId ?? "",
            async (session, current) =>
            {
                var management = await AccountWrites.LoadAsync(session, body.Credentials?.ManagementAccountId, cancellation);
                return AccountDecisions.Register(body.AccountId, body.Input, current, management, secrets.Protect, DateTimeOffset.UtcNow, cause);
            },
            view => Results.Created($"/api/accounts/{view.AccountId}", AccountResponse.From(view)),
            cancellation);
    }
}
