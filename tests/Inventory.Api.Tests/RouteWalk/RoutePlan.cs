using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inventory.Api.Tests.RouteWalk;

/// <summary>One hostile request: what it tries, where, and with which body (raw JSON, or none).</summary>
internal sealed record Probe(string Method, string Url, string? Body, string What)
{
    public override string ToString() => $"{Method} {Shorten(Url)} [{What}]";

    private static string Shorten(string url) => url.Length > 160 ? url[..160] + "…" : url;
}

/// <summary>
/// Turns /openapi/v1.json into hostile requests: every operation with each hostile path value, each query parameter with
/// each hostile value, and each body replaced whole or one property at a time. A route the host adds is walked without
/// touching this code.
/// </summary>
internal sealed class RoutePlan(JsonElement document)
{
    private const string Placeholder = "__walk_value__";
    private readonly JsonElement _schemas = document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;

    public IEnumerable<Probe> Probes()
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var method = operation.Name.ToUpperInvariant();
            if (method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE"))
                continue;
            var parameters = Parameters(path.Value, operation.Value);
            var pathNames = parameters.Where(p => p.In == "path").Select(p => p.Name).ToList();
            var plausiblePath = Fill(path.Name, pathNames.ToDictionary(n => n, n => PlausiblePathValue(parameters.First(p => p.Name == n))));
            var body = BodySchema(operation.Value);
            var plausibleBody = body is { } b ? Sample(b, 0)?.ToJsonString() : null;

            foreach (var name in pathNames)
            foreach (var value in HostileInputs.PathValues)
            {
                var values = pathNames.ToDictionary(n => n, n => n == name ? value : PlausiblePathValue(parameters.First(p => p.Name == n)));
                yield return new Probe(method, Fill(path.Name, values), plausibleBody, $"path {name}");
            }

            foreach (var query in parameters.Where(p => p.In == "query"))
            {
                foreach (var value in HostileInputs.QueryValues)
                    yield return new Probe(method, $"{plausiblePath}?{query.Name}={Uri.EscapeDataString(value)}", plausibleBody, $"query {query.Name}");
                foreach (var raw in HostileInputs.RawQuerySuffixes)
                    yield return new Probe(method, $"{plausiblePath}?{query.Name}={raw}", plausibleBody, $"query {query.Name} raw");
                yield return new Probe(method, $"{plausiblePath}?{query.Name}=1&{query.Name}=2", plausibleBody, $"query {query.Name} twice");
            }

            if (method == "GET" && pathNames.Count == 0)
            {
                foreach (var name in HostileInputs.CommonQueryNames)
                foreach (var value in HostileInputs.CommonQueryValues)
                    yield return new Probe(method, $"{plausiblePath}?{name}={Uri.EscapeDataString(value)}", null, $"query {name}");
                foreach (var cursor in HostileInputs.EditedCursors())
                    yield return new Probe(method, $"{plausiblePath}?{cursor}", null, "edited cursor");
            }

            if (body is not { } schema)
                continue;
            yield return new Probe(method, plausiblePath, plausibleBody, "plausible body");
            foreach (var (name, raw) in HostileInputs.RawBodies())
                yield return new Probe(method, plausiblePath, raw, $"body {name}");
            foreach (var (property, isText) in Properties(schema))
            foreach (var (name, json) in HostileInputs.PropertyValues(isText))
                yield return new Probe(method, plausiblePath, WithProperty(schema, property, json), $"body {property} {name}");
        }
    }

    private sealed record Parameter(string Name, string In, JsonElement Schema);

    private static List<Parameter> Parameters(JsonElement pathItem, JsonElement operation)
    {
        IEnumerable<JsonElement> Of(JsonElement e) => e.TryGetProperty("parameters", out var p) ? p.EnumerateArray() : [];
        return Of(pathItem).Concat(Of(operation))
            .Select(p => new Parameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                p.TryGetProperty("schema", out var s) ? s : default))
            .GroupBy(p => (p.Name, p.In)).Select(g => g.Last()).ToList();
    }

    private string PlausiblePathValue(Parameter parameter) =>
        Types(parameter.Schema).Contains("integer") ? "1" : Format(parameter.Schema) == "uuid" ? Guid.NewGuid().ToString() : "walk";

    private static string Fill(string template, Dictionary<string, string> values) =>
        values.Aggregate(template, (url, v) => url.Replace("{" + v.Key + "}", v.Value));

    private JsonElement? BodySchema(JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
            && content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema)
            ? Resolve(schema)
            : null;

    /// <summary>The body's own properties, each flagged when it holds text (or text in an array), one level deep into arrays of objects.</summary>
    private IEnumerable<(string Path, bool IsText)> Properties(JsonElement schema)
    {
        if (!schema.TryGetProperty("properties", out var properties))
            yield break;
        foreach (var property in properties.EnumerateObject())
        {
            var resolved = Resolve(property.Value);
            var types = Types(resolved);
            yield return (property.Name, types.Contains("string"));
            if (types.Contains("array") && resolved.TryGetProperty("items", out var items) && Types(Resolve(items)).Contains("string"))
                yield return (property.Name + "[]", true);
        }
    }

    private string WithProperty(JsonElement schema, string property, string json)
    {
        var body = Sample(schema, 0) as JsonObject ?? [];
        if (property.EndsWith("[]"))
            body[property[..^2]] = new JsonArray(Placeholder);
        else
            body[property] = Placeholder;
        return body.ToJsonString().Replace($"\"{Placeholder}\"", json);
    }

    /// <summary>A value the schema accepts, so a hostile property is the only thing wrong with a body.</summary>
    private JsonNode? Sample(JsonElement schema, int depth)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > 4)
            return null;
        if (schema.TryGetProperty("enum", out var choices) && choices.GetArrayLength() > 0)
            return JsonNode.Parse(choices[0].GetRawText());
        var types = Types(schema);
        if (types.Contains("object") || schema.TryGetProperty("properties", out _))
        {
            var result = new JsonObject();
            if (schema.TryGetProperty("properties", out var properties))
                foreach (var property in properties.EnumerateObject())
                    result[property.Name] = Sample(property.Value, depth + 1);
            return result;
        }
        if (types.Contains("array"))
            return schema.TryGetProperty("items", out var items) && Sample(items, depth + 1) is { } item ? new JsonArray(item) : [];
        if (types.Contains("integer") || types.Contains("number"))
            return 1;
        if (types.Contains("boolean"))
            return true;
        if (types.Contains("string"))
            return Format(schema) switch
            {
                "uuid" => Guid.NewGuid().ToString(),
                "date-time" => "2026-01-01T00:00:00Z",
                "date" => "2026-01-01",
                "uri" => "https://walk.invalid/",
                _ => "walk",
            };
        return null;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) && hops < 10; hops++)
            schema = _schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        // OpenAPI 3.1 writes "T or null" as oneOf/anyOf; the walk takes the first alternative that is not null
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(combinator, out var options))
            {
                var chosen = options.EnumerateArray().Select(Resolve).FirstOrDefault(o => !Types(o).SequenceEqual(["null"]));
                if (chosen.ValueKind == JsonValueKind.Object)
                    return chosen;
            }
        }
        return schema;
    }

    private static string[] Types(JsonElement schema) =>
        schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray()
        : [type.GetString()!];

    private static string? Format(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
}
