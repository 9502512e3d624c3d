using System.Text.Json;

namespace Inventory.Discovery.SignedRequests;

/// <summary>Small readers for AWS JSON answers, and the error shapes of the REST-JSON and JSON 1.1 protocols.</summary>
internal static class AwsJson
{
    /// <summary>The string property, or null when it is missing, null or not a string.</summary>
    public static string? StringAt(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The array property's items, or none when it is missing or null.</summary>
    public static IEnumerable<JsonElement> ArrayAt(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    // Cloned so the element outlives the parsed document.
    internal static JsonElement Parse(string body)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// The code from the x-amzn-ErrorType header or the body's __type / code, without what AWS appends after ':'
    /// or prefixes before '#'; the message from message / Message.
    /// </summary>
    internal static AwsServiceException Error(AwsResponse response)
    {
        JsonElement body = default;
        try
        {
            body = Parse(response.Body);
        }
        catch (JsonException)
        {
            // Not JSON: the header may still name the error.
        }

        var code = response.Header("x-amzn-ErrorType") ?? body.StringAt("__type") ?? body.StringAt("code") ?? body.StringAt("Code");
        code = code is null ? null : BareCode(code);
        if (string.IsNullOrEmpty(code))
            return response.StatusOnlyError();

        var message = body.StringAt("message") ?? body.StringAt("Message");
        if (string.IsNullOrWhiteSpace(message))
            message = code;
        return new AwsServiceException(code, response.StatusCode, message, response.HeaderRequestId);
    }

    private static string BareCode(string code)
    {
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
            code = code[..colon];
        var hash = code.LastIndexOf('#');
        return (hash >= 0 ? code[(hash + 1)..] : code).Trim();
    }
}
