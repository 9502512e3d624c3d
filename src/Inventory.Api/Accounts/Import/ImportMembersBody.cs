using System.Text.Json;

namespace Inventory.Api.Accounts.Import;

/// <summary>
/// Reads the optional body by hand: a declared JSON body would make the route require a JSON content type, and a bare
/// POST (nothing to override) would then answer 404.
/// </summary>
internal static class ImportMembersBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly ImportMembers Defaults = new(null, null, null);

    public static async Task<(ImportMembers? Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellation);
        if (string.IsNullOrWhiteSpace(text))
            return (Defaults, null);
        try
        {
            return (JsonSerializer.Deserialize<ImportMembers>(text, Json) ?? Defaults, null);
        }
        catch (JsonException e)
        {
            // JSON paths look like "$.credentials.roleName": the field, as the other errors name it.
            var field = e.Path is { Length: > 2 } path ? path[2..] : "body";
            var message = $"{field} is not a valid value: {e.Message}";
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Invalid member import", detail: message));
        }
    }
}
