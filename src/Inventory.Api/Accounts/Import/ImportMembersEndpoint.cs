using Inventory.Api.Access;
using Amazon.Runtime;
using Inventory.Api.Secrets;
using Inventory.Discovery.Access;
using Inventory.Discovery.Scanning;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Accounts;
using Inventory.Domain.Accounts.Import;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Wolverine.Http;

namespace Inventory.Api.Accounts.Import;

/// <summary>
/// Registers the ACTIVE accounts of a management account's organisation as its members, reached by assuming a role.
/// Accounts already registered are reported and left alone, so running the import again is harmless.
/// </summary>
public static class ImportMembersEndpoint
{
    /// <summary>Organizations is global; its API answers in us-east-1.</summary>
    private const string OrganizationsRegion = "us-east-1";

    [WolverinePost("/api/accounts/{managementAccountId}/import-members")]
    public static async Task<IResult> Post(string managementAccountId, HttpContext context, IDocumentStore store,
        AwsEndpoints endpoints, AccountSecrets secrets, CancellationToken cancellation)
    {
        var (body, unreadable) = await ImportMembersBody.ReadAsync(context.Request, cancellation);
        if (unreadable is not null)
            return unreadable;
        var options = body!.Options;
        var cause = SignedIn.CauseOf(context);
        await using var session = store.LightweightSession();
        var management = await AccountWrites.LoadAsync(session, managementAccountId, cancellation);
        switch (MemberImport.Check(managementAccountId, management, options))
        {
            case AccountDecision.NotFound:
                return AccountProblems.NotFound(managementAccountId);
            case AccountDecision.Invalid invalid:
                return Results.ValidationProblem(invalid.Errors, title: "Invalid member import",
                    detail: string.Join(" ", invalid.Errors.Values.SelectMany(e => e)));
        }

        IReadOnlyList<OrganizationAccount> listed;
        try
        {
            // The same credentials discovery and test-connection use for this account.
            var credentials = await AccountCredentials.ResolveAsync(management!.AccountId, management.Credentials,
                async (id, ct) => (await AccountWrites.LoadAsync(session, id, ct)) is { Removed: false } m ? m.Credentials : null,
                secrets.Reveal, endpoints, cancellation);
            listed = await OrganizationMembers.ListAsync(new ScopeAccess(management.AccountId, OrganizationsRegion, credentials, endpoints), cancellation);
        }
        catch (AwsServiceException e)
        {
            return ImportProblems.Aws(managementAccountId, e.ErrorCode, e.Message);
        }
        catch (AccountCredentialsException e)
        {
            return ImportProblems.Aws(managementAccountId, e.ErrorCode, e.Message);
        }
        // No AWS answer at all (no default credentials, endpoint unreachable, timed out): still AWS's side, named by its kind.
        catch (Exception e) when (e is AmazonClientException or HttpRequestException or OperationCanceledException && !cancellation.IsCancellationRequested)
        {
            return ImportProblems.Aws(managementAccountId, ScanErrors.CodeOf(e), e.Message);
        }

        var keys = listed.Select(a => AccountStreams.Key(a.Id)).Distinct(StringComparer.Ordinal).ToArray();
        var registered = (await session.LoadManyAsync<AccountView>(cancellation, keys)).ToDictionary(v => v.AccountId, StringComparer.Ordinal);
        var plan = MemberImport.Decide(management!, listed, registered, options, secrets.Protect, DateTimeOffset.UtcNow, cause);

        foreach (var member in plan.Registrations)
        {
            var key = AccountStreams.Key(member.AccountId);
            if (member.RemovedVersion is { } version)
                (await session.Events.FetchForWriting<AccountView>(key, version, cancellation)).AppendMany(member.Events);
            else
                session.Events.StartStream<AccountView>(key, member.Events.ToArray());
        }
        try
        {
            // One transaction: the organisation is imported whole or not at all.
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return AccountProblems.Conflict(
                $"Accounts of the organisation of {managementAccountId} were registered or changed at the same time; run the import again.", managementAccountId);
        }

        await using var query = store.QuerySession();
        var imported = plan.Registrations.Count == 0 ? []
            : await query.LoadManyAsync<AccountView>(cancellation, plan.Registrations.Select(r => AccountStreams.Key(r.AccountId)).ToArray());
        return Results.Ok(new MembersImported(managementAccountId,
            imported.OrderBy(v => v.AccountId, StringComparer.Ordinal).Select(AccountResponse.From).ToList(),
            plan.Skipped.Select(SkippedMemberResponse.From).ToList()));
    }
}
