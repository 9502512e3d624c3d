namespace Inventory.Api.Accounts;

internal static class AccountProblems
{
    public static IResult NotFound(string accountId) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Account not found",
        detail: $"No account has the id '{accountId}'.");

    /// <summary>A 409 that names the account it collided with, so a client can go to it.</summary>
    public static IResult Conflict(string detail, string accountId) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Account conflict",
        detail: detail,
        extensions: new Dictionary<string, object?> { ["accountId"] = accountId });
}
