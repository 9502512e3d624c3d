using Microsoft.AspNetCore.Mvc;

namespace Inventory.Api.Relationships;

/// <summary>How far a graph query walks: checked before any query runs, capped so an answer stays small and fast.</summary>
internal static class DepthParameter
{
    public static ProblemDetails? Check(string? depth, int fallback, int max, out int value)
    {
        value = fallback;
        if (depth is null || (int.TryParse(depth, out value) && value >= 1 && value <= max))
            return null;
        var message = $"depth must be a whole number from 1 to {max}.";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { ["depth"] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid depth",
            Detail = message,
        };
    }
}
