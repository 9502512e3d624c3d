using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Discovery.SignedRequests;
using static Inventory.Discovery.Collecting.ObservationFields;

// Shared by the REST-JSON collectors (Lambda, EKS, OpenSearch, MSK); kept in this folder only until it has a shared home.
namespace Inventory.Discovery.Collectors;

/// <summary>
/// Observation fields read from AWS JSON answers. Attributes keep AWS's own field names and values,
/// so an asset shows what the API said.
/// </summary>
internal static class RestJsonFields
{
    /// <summary>A tag map ({"team": "core"}), the shape Lambda, EKS and MSK answer with.</summary>
    public static IReadOnlyDictionary<string, string> TagMap(JsonElement tags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (tags.ValueKind != JsonValueKind.Object)
            return result;
        foreach (var tag in tags.EnumerateObject())
        {
            if (tag.Name.Length > 0)
                result[tag.Name] = tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString()! : "";
        }
        return result;
    }

    /// <summary>The object property, or an undefined element, so lookups chain without null checks (StringAt answers null on it).</summary>
    public static JsonElement ObjectAt(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Object
            ? value
            : default;

    /// <summary>The strings of an array property; other items come back null, for Present to drop.</summary>
    public static IEnumerable<string?> StringsAt(this JsonElement element, string name) =>
        element.ArrayAt(name).Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : null);

    public static bool? BoolAt(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            }
            : null;

    /// <summary>
    /// A timestamp as round-trip UTC text, whichever way the service sends it: epoch seconds (EKS)
    /// or ISO-8601 with any offset (Lambda's "+0000", MSK's "Z"). Unreadable text is kept as sent.
    /// </summary>
    public static string? UtcAt(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds))
            return Utc(DateTimeOffset.UnixEpoch.AddMilliseconds(Math.Round(seconds * 1000)).UtcDateTime);
        var text = Text(value.ValueKind == JsonValueKind.String ? value.GetString() : null);
        if (text is null)
            return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? Utc(time.UtcDateTime)
            : text;
    }

    /// <summary>Copies the named properties as AWS sent them, leaving out missing, null and empty ones.</summary>
    public static JsonObject Pick(this JsonElement source, params ReadOnlySpan<string> names)
    {
        var picked = new JsonObject();
        if (source.ValueKind != JsonValueKind.Object)
            return picked;
        foreach (var name in names)
        {
            if (source.TryGetProperty(name, out var value))
                picked.With(name, JsonNode.Parse(value.GetRawText()));
        }
        return picked;
    }

    /// <summary>Adds a value unless it is null or empty, so absent parts of a description leave no trace.</summary>
    public static JsonObject With(this JsonObject target, string name, JsonNode? value)
    {
        if (HasValue(value))
            target[name] = value;
        return target;
    }

    public static JsonObject With(this JsonObject target, string name, string? value) =>
        target.With(name, Text(value) is { } text ? JsonValue.Create(text) : null);

    public static JsonObject With(this JsonObject target, string name, IEnumerable<string?> values) =>
        target.With(name, new JsonArray([.. Present(values).Select(v => (JsonNode)JsonValue.Create(v))]));

    public static JsonElement ToElement(this JsonObject attributes) => JsonSerializer.SerializeToElement(attributes);

    /// <summary>
    /// The host of an endpoint URL (EKS answers "https://ABC.gr7.eu-west-1.eks.amazonaws.com"), which is the DNS name.
    /// Cut out by hand because <see cref="Uri.Host"/> lower-cases it, and the name should read as AWS wrote it.
    /// </summary>
    public static string? Host(string? endpoint)
    {
        if (Text(endpoint) is not { } text)
            return null;
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var host = scheme < 0 ? text : text[(scheme + 3)..];
        var end = host.IndexOfAny(['/', ':', '?', '#']);
        return Text(end < 0 ? host : host[..end]);
    }

    // AWS sends "" and [] for values a resource does not have (a Lambda outside a VPC has VpcId "").
    private static bool HasValue(JsonNode? value) => value switch
    {
        null => false,
        JsonObject fields => fields.Count > 0,
        JsonArray items => items.Count > 0,
        _ => value.GetValueKind() != JsonValueKind.String || value.GetValue<string>().Length > 0,
    };
}
