using Amazon.Runtime;
using Amazon.SecurityToken.Model;
using Inventory.Api.Secrets;
using Inventory.Discovery.Access;
using Inventory.Domain.Accounts;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Accounts.Connection;

/// <summary>Whether the product can reach an account: STS GetCallerIdentity with the credentials discovery would use.</summary>
public static class TestConnectionEndpoint
{
    [WolverinePost("/api/accounts/{accountId}/test-connection")]
    public static async Task<IResult> Post(string accountId, AwsEndpoints endpoints, IQuerySession session, AccountSecrets secrets,
        CancellationToken cancellation)
    {
        var account = await AccountWrites.LoadAsync(session, accountId, cancellation);
        if (account is null or { Removed: true })
            return AccountProblems.NotFound(accountId);

        try
        {
            var credentials = await AccountCredentials.ResolveAsync(account.AccountId, account.Credentials,
                async (id, ct) => (await AccountWrites.LoadAsync(session, id, ct)) is { Removed: false } m ? m.Credentials : null,
                secrets.Reveal, endpoints, cancellation);
            using var sts = SdkClients.Sts(new ScopeAccess(account.AccountId, AccountCredentials.StsRegion, credentials, endpoints));
            var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellation);
            return Results.Ok(new ConnectionSucceeded(true, identity.Account, identity.Arn, identity.UserId));
        }
        // A failed connection is the answer the user asked for, not a server error: AWS's own code and message, as sent.
        catch (AmazonServiceException e)
        {
            return Results.Ok(new ConnectionFailed(false, string.IsNullOrEmpty(e.ErrorCode) ? e.StatusCode.ToString() : e.ErrorCode, e.Message));
        }
        catch (AccountCredentialsException e)
        {
            return Results.Ok(new ConnectionFailed(false, e.ErrorCode, e.Message));
        }
        // No AWS answer at all (no credentials in the default chain, endpoint unreachable): still a result, named by its kind.
        catch (Exception e) when (e is AmazonClientException or HttpRequestException)
        {
            return Results.Ok(new ConnectionFailed(false, e.GetType().Name, e.Message));
        }
    }
}

/// <summary>Who AWS says the product is in the account.</summary>
public sealed record ConnectionSucceeded(bool Ok, string Account, string Arn, string UserId);

/// <summary>Why AWS (or the product, for unusable stored credentials) refused; never any secret.</summary>
public sealed record ConnectionFailed(bool Ok, string ErrorCode, string Message);
