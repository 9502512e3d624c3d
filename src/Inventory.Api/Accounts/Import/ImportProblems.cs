namespace Inventory.Api.Accounts.Import;

internal static class ImportProblems
{
    /// <summary>The one AWS error that describes the account rather than the call: it runs no organisation.</summary>
    public const string NotInUse = "AWSOrganizationsNotInUseException";

    /// <summary>
    /// AWS (or reaching it) failed: 409 when the account runs no organisation, 502 otherwise, since the upstream refused and
    /// not the caller's request. AWS's exact code and message travel as errorCode and message.
    /// </summary>
    public static IResult Aws(string managementAccountId, string errorCode, string message) => Results.Problem(
        statusCode: errorCode == NotInUse ? StatusCodes.Status409Conflict : StatusCodes.Status502BadGateway,
        title: "AWS Organizations did not list the accounts",
        detail: $"{errorCode}: {message}",
        extensions: new Dictionary<string, object?>
        {
            ["accountId"] = managementAccountId,
            ["errorCode"] = errorCode,
            ["message"] = message,
        });
}
