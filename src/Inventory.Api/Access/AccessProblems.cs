using Inventory.Domain.Access;

namespace Inventory.Api.Access;

/// <summary>Refused access decisions as problem details: 400 with field errors, 404, 409 (with field errors when a name is taken), 403.</summary>
internal static class AccessProblems
{
    public static IResult? Of(AccessDecision decision, string what) => decision switch
    {
        AccessDecision.Invalid invalid => Results.ValidationProblem(invalid.Errors, title: $"Invalid {what}",
            detail: string.Join(" ", invalid.Errors.Values.SelectMany(e => e))),
        AccessDecision.NotFound notFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}",
            detail: $"No {what} has the id '{notFound.Id}'."),
        AccessDecision.Conflict { Errors: { } errors } conflict => Results.ValidationProblem(errors, statusCode: StatusCodes.Status409Conflict,
            title: $"{Capital(what)} conflict", detail: conflict.Detail),
        AccessDecision.Conflict conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"{Capital(what)} conflict", detail: conflict.Detail),
        AccessDecision.Refused refused => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not possible", detail: refused.Detail),
        AccessDecision.Forbidden forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: forbidden.Detail),
        _ => null,
    };

    private static string Capital(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
