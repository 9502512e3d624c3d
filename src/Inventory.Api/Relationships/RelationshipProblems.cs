using Inventory.Domain.Relationships.Manual;

namespace Inventory.Api.Relationships;

/// <summary>A refused relationship command as RFC 7807 problem details that name the field at fault.</summary>
internal static class RelationshipProblems
{
    public static IResult For(RelationshipDecision decision) => decision switch
    {
        RelationshipDecision.Invalid invalid => Invalid(invalid.Errors),
        RelationshipDecision.NotFound notFound => Results.Problem(statusCode: StatusCodes.Status404NotFound,
            title: notFound.Title,
            detail: notFound.Detail, extensions: Field(notFound.Field, notFound.Detail)),
        RelationshipDecision.Conflict conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Relationship already exists",
            detail: conflict.Detail, extensions: Field(conflict.Field, conflict.Detail)),
        _ => throw new ArgumentException("An accepted decision is not a problem.", nameof(decision)),
    };

    public static IResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Invalid relationship", detail: string.Join(" ", errors.Values.SelectMany(e => e)));

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Relationship conflict", detail: detail);

    // Every refusal names its field the way validation problems do, so a form can show it beside the input.
    private static Dictionary<string, object?> Field(string field, string detail) =>
        new() { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } };
}
