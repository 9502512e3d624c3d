using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace Inventory.Api.Hosting;

/// <summary>The JSON body an endpoint reads: its type, and whether it may be left out (a nullable parameter).</summary>
internal sealed record JsonBodyMetadata(Type Type, bool Optional);

/// <summary>
/// Every JSON body is read once before its endpoint runs, so a body that is not the object the endpoint expects is a 400
/// naming the body or the field (null, malformed, a wrong type, a NUL character in any text), logged as one line; the
/// endpoint itself then only ever sees a well-formed body.
/// </summary>
internal sealed class JsonBodies(RequestDelegate next, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ILogger<JsonBodies> logger)
{
    private readonly JsonSerializerOptions _checking = new(json.Value.SerializerOptions) { Converters = { new TextWithoutNul() } };

    /// <summary>Marks each Wolverine endpoint that reads a JSON body; <see cref="InvokeAsync"/> checks the marked ones.</summary>
    public static void Describe(HttpChain chain)
    {
        if (chain.RequestType is not { } type || chain.IsFormData)
            return;
        var parameter = chain.Method.Method.GetParameters().FirstOrDefault(p => p.ParameterType == type);
        if (parameter is null)
            return;
        var optional = new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;
        chain.Metadata.WithMetadata(new JsonBodyMetadata(type, optional));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<JsonBodyMetadata>() is not { } body || !IsJson(context.Request.ContentType))
        {
            await next(context);
            return;
        }
        context.Request.EnableBuffering();
        var refusal = await CheckAsync(context, body);
        if (refusal is { } problem)
        {
            logger.LogInformation("Refused the body of {Method} {Path}: {Field}: {Reason}", context.Request.Method, context.Request.Path,
                problem.Field, problem.Reason);
            await Results.ValidationProblem(new Dictionary<string, string[]> { [problem.Field] = [problem.Reason] },
                title: "Invalid request body", detail: problem.Reason).ExecuteAsync(context);
            return;
        }
        context.Request.Body.Position = 0;
        await next(context);
    }

    private sealed record Refusal(string Field, string Reason);

    private async Task<Refusal?> CheckAsync(HttpContext context, JsonBodyMetadata body)
    {
        if (context.Request.Body.CanSeek && await IsEmptyAsync(context.Request))
            return body.Optional ? null : new Refusal("body", "The request needs a JSON body; it sent none.");
        try
        {
            var value = await JsonSerializer.DeserializeAsync(context.Request.Body, body.Type, _checking, context.RequestAborted);
            return value is null && !body.Optional ? new Refusal("body", "The request needs a JSON object as its body; it sent null.") : null;
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return e switch
            {
                NulInText => new Refusal(field, $"{field} holds a NUL character, which no text may contain."),
                { InnerException: JsonException syntax } => new Refusal("body", "The body is not valid JSON: " + WithoutPosition(syntax.Message)),
                _ when field == "body" => new Refusal("body", "The body is not the JSON object this request takes."),
                _ => new Refusal(field, $"{field} does not hold a value of the type it takes."),
            };
        }
    }

    private static async Task<bool> IsEmptyAsync(HttpRequest request)
    {
        var buffer = new byte[64];
        int read;
        var blank = true;
        while (blank && (read = await request.Body.ReadAsync(buffer)) > 0)
            blank = buffer.Take(read).All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');
        request.Body.Position = 0;
        return blank;
    }

    // The reader's message ends with where it stopped, which says nothing to a person.
    private static string WithoutPosition(string message) => message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].Trim();

    private static bool IsJson(string? contentType) =>
        string.IsNullOrEmpty(contentType)
        || contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/json", StringComparison.OrdinalIgnoreCase);

    private sealed class NulInText() : JsonException("Text holds a NUL character.");

    /// <summary>Refuses a NUL in any string or object key: PostgreSQL cannot store one, and no name or note needs one.</summary>
    private sealed class TextWithoutNul : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new JsonException();
            return Checked(reader.GetString());
        }

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Checked(reader.GetString())!;

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

        private static string? Checked(string? text) => text is not null && text.Contains('\0') ? throw new NulInText() : text;
    }
}
