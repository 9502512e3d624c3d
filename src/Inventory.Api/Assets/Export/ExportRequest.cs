using Inventory.Api.Assets.ListAssets;

namespace Inventory.Api.Assets.Export;

/// <summary>An export asks the asset list's question (filters, free text, sort) for every matching asset at once.</summary>
internal static class ExportRequest
{
    private static readonly string[] Paging = ["pageSize", "cursor", "includeTotal"];

    public static AssetQuery? Parse(IQueryCollection parameters, IDictionary<string, string[]> errors)
    {
        var query = AssetQuery.Parse(parameters, errors);
        // Refused rather than ignored, so nobody takes a file for a single page of the list.
        foreach (var name in Paging.Where(parameters.ContainsKey))
            errors[name] = [$"{name} does not apply to an export: it holds every asset the filters match. Leave it out."];
        return errors.Count == 0 ? query with { PageSize = ExportSnapshot.BatchSize, After = null, IncludeTotal = false } : null;
    }

    public static IResult Problem(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Invalid asset export request", detail: string.Join(" ", errors.Values.SelectMany(e => e)));

    /// <summary>The file name a browser saves the export as: the register and the day it was taken.</summary>
    public static string FileName(string extension) => $"inventory-assets-{DateTimeOffset.UtcNow:yyyy-MM-dd}.{extension}";
}
