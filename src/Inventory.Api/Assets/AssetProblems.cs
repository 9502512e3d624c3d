namespace Inventory.Api.Assets;

internal static class AssetProblems
{
    public static IResult NotFound(string id) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Asset not found",
        detail: $"No asset has the id '{id}'.");
}
