using Inventory.Api.Access;
using Microsoft.AspNetCore.Mvc;
using Inventory.Api.Accounts;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;

namespace Inventory.Api.DiscoveryJobs;

/// <param name="DryRun">Scan and decide as usual but append no asset event; the job's preview lists what would have happened.</param>
public sealed record StartDiscoveryJobRequest(IReadOnlyList<string>? AccountIds, bool? DryRun);

public sealed record DiscoveryJobAccepted(Guid JobId);

public static class StartDiscoveryJobEndpoint
{
    private const string Field = "accountIds";

    [WolverinePost("/api/discovery-jobs")]
    [ProducesResponseType<DiscoveryJobAccepted>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(StartDiscoveryJobRequest? request, HttpContext context, IDocumentStore store, IMartenOutbox outbox,
        IConfiguration configuration, CancellationToken cancellation)
    {
        var outcome = await DiscoveryJobStart.StartAsync(store, outbox, JobSettings.From(configuration), request?.AccountIds,
            request?.DryRun ?? false, SignedIn.CauseOf(context), cancellation);
        return outcome switch
        {
            JobStartOutcome.Started started => Results.Accepted($"/api/discovery-jobs/{started.JobId}", new DiscoveryJobAccepted(started.JobId)),
            JobStartOutcome.Invalid invalid => Results.ValidationProblem(new Dictionary<string, string[]> { [Field] = [invalid.Message] },
                title: "Invalid discovery job", detail: invalid.Message),
            JobStartOutcome.AlreadyRunning { JobId: { } running } => JobProblems.Running(running),
            JobStartOutcome.AlreadyRunning => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Discovery job already running"),
            _ => throw new InvalidOperationException("Unknown discovery job start outcome."),
        };
    }
}
