namespace Inventory.Api.DiscoveryJobs;

internal static class JobProblems
{
    public static IResult NotFound(string jobId) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Discovery job not found", detail: $"No discovery job has the id '{jobId}'.");

    /// <summary>Names the running job, so a client can follow it instead of starting another.</summary>
    public static IResult Running(Guid jobId) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Discovery job already running",
        detail: $"Discovery job {jobId} is already running for one of these accounts.",
        extensions: new Dictionary<string, object?> { ["jobId"] = jobId });

    public static IResult Finished(Guid jobId, string status) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Discovery job already finished",
        detail: $"Discovery job {jobId} has already finished ({status}); there is nothing to cancel.",
        extensions: new Dictionary<string, object?> { ["jobId"] = jobId, ["status"] = status });

    public static IResult Invalid(string field, string message) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid discovery job request", detail: message);
}
