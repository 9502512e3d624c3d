namespace Inventory.Api.Costs;

internal static class CostProblems
{
    public static IResult Invalid(string field, string message) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid cost request", detail: message);
}
