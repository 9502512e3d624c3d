using Microsoft.AspNetCore.Mvc;

namespace Inventory.Api.Assets;

/// <summary>Page number and size from the query string, checked before any query runs.</summary>
internal static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public static ProblemDetails? Check(string? page, string? pageSize, out int pageNumber, out int size)
    {
        pageNumber = 1;
        size = DefaultPageSize;
        var errors = new Dictionary<string, string[]>();
        if (page is not null && (!int.TryParse(page, out pageNumber) || pageNumber < 1))
            errors["page"] = ["page must be a whole number of at least 1."];
        if (pageSize is not null && (!int.TryParse(pageSize, out size) || size < 1 || size > MaxPageSize))
            errors["pageSize"] = [$"pageSize must be a whole number from 1 to {MaxPageSize}."];
        return errors.Count == 0 ? null : new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid paging",
            Detail = string.Join(" ", errors.Values.SelectMany(e => e)),
        };
    }
}
