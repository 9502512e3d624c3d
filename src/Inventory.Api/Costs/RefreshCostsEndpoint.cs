using Inventory.Api.Access;
using Inventory.Api.Accounts;
using Inventory.Domain.Costs;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Inventory.Api.Costs;

/// <summary>What a refresh was accepted for: the id its outcomes will carry, and the management accounts it fetches.</summary>
internal sealed record CostRefreshAccepted(Guid RefreshId, IReadOnlyList<string> ManagementAccountIds);

public static class RefreshCostsEndpoint
{
    /// <summary>
    /// Asks Cost Explorer again for every active management account, or for the one named in accountId. Answers 202 at once;
    /// the refresh runs as a durable message and its outcome appears at the location given, marked with the refresh's id.
    /// </summary>
    [WolverinePost("/api/costs/refresh")]
    public static async Task<IResult> Post(HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken cancellation)
    {
        var (body, unreadable) = await RefreshCostsBody.ReadAsync(context.Request, cancellation);
        if (unreadable is not null)
            return unreadable;
        switch (await CostTargets.ChooseAsync(session, body!.AccountId, cancellation))
        {
            case RefreshTarget.NotFound notFound:
                return AccountProblems.NotFound(notFound.AccountId);
            case RefreshTarget.Invalid invalid:
                return CostProblems.Invalid(invalid.Field, invalid.Message);
            case RefreshTarget.Accounts accounts:
                var refresh = new RefreshCosts(body.AccountId, SignedIn.CauseOf(context));
                await bus.PublishAsync(refresh);
                return Results.Accepted(body.AccountId is null ? "/api/costs" : $"/api/costs/{body.AccountId}",
                    new CostRefreshAccepted(refresh.RefreshId, accounts.ManagementAccountIds));
            default:
                throw new InvalidOperationException("Unknown refresh target.");
        }
    }
}
