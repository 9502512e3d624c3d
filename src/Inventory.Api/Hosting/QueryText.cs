namespace Inventory.Api.Hosting;

/// <summary>A query parameter holding a NUL character is a 400 naming it, whatever the endpoint: PostgreSQL cannot compare with one, and no filter needs one.</summary>
internal sealed class QueryText(RequestDelegate next, ILogger<QueryText> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var bad = context.Request.Query.FirstOrDefault(p => p.Key.Contains('\0') || p.Value.Any(v => v?.Contains('\0') == true));
        if (bad.Key is null)
        {
            await next(context);
            return;
        }
        var name = bad.Key.Replace("\0", "\\0", StringComparison.Ordinal);
        var reason = $"{name} holds a NUL character, which no query value may contain.";
        logger.LogInformation("Refused the query of {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, reason);
        await Results.ValidationProblem(new Dictionary<string, string[]> { [name] = [reason] }, title: "Invalid query", detail: reason).ExecuteAsync(context);
    }
}
