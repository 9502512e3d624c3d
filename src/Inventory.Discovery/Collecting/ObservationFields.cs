using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collecting;

/// <summary>Pieces every collector builds observations from: names, attributes, times, related ids.</summary>
internal static class ObservationFields
{
    private static readonly JsonSerializerOptions AttributeJson = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new ConstantClassConverter() },
    };

    /// <summary>The Name tag when it says something, else the service's own name for the resource.</summary>
    public static string NameOr(IReadOnlyDictionary<string, string> tags, string fallback) =>
        tags.TryGetValue("Name", out var name) && !string.IsNullOrWhiteSpace(name) ? name : fallback;

    public static JsonElement Attributes(object description) => JsonSerializer.SerializeToElement(description, AttributeJson);

    /// <summary>AWS sends empty elements for absent values (a stopped instance's DNS name); they mean "none".</summary>
    public static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Round-trip UTC text, so a time reads the same whatever the host's time zone.</summary>
    public static string? Utc(DateTime? value)
    {
        if (value is not { } time)
            return null;
        var utc = time.Kind switch
        {
            DateTimeKind.Local => time.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            _ => time,
        };
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The non-empty values, each once, in first-seen order.</summary>
    public static IReadOnlyList<string> Present(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToList();

    public static IEnumerable<RelatedResource> Related(string kind, IEnumerable<string?> ids) =>
        Present(ids).Select(id => new RelatedResource(kind, id));

    public static IEnumerable<RelatedResource> Related(string kind, string? id) => Related(kind, [id]);

    /// <summary>SDK enumerations are classes; in attributes they are their AWS text.</summary>
    private sealed class ConstantClassConverter : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeof(ConstantClass).IsAssignableFrom(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(Writer<>).MakeGenericType(typeToConvert))!;

        private sealed class Writer<T> : JsonConverter<T> where T : ConstantClass
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("Attributes are only written.");

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
                writer.WriteStringValue(value.Value);
        }
    }
}
