using System.Text.Json;
using System.Text.Json.Serialization;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.Lambda;

/// <summary>
/// Lambda (REST-JSON): ListFunctions (GET /2015-03-31/functions/, paged by Marker/NextMarker) and
/// ListTags (GET /2017-03-31/tags/{ARN}), answered from the region's <see cref="LambdaEstate"/>.
/// </summary>
public sealed class LambdaStubService : IStubService
{
    private const string TagsPath = "/2017-03-31/tags/";

    // AWS leaves absent members out of REST-JSON answers rather than sending null.
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string SigningName => "lambda";

    public StubProtocol Protocol => StubProtocol.RestJson;

    public string ActionOf(StubRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "/2015-03-31/functions/" or "/2015-03-31/functions") => "ListFunctions",
        ("GET", var path) when path.StartsWith(TagsPath, StringComparison.Ordinal) => "ListTags",
        var (method, path) => $"{method} {path}",
    };

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        var estate = request.Account.Region(request.Region).Lambda();
        return request.Action switch
        {
            "ListFunctions" => ListFunctionsAsync(request, http, estate),
            "ListTags" => ListTagsAsync(request, http, estate),
            _ => throw new StubAwsException("UnknownOperationException", $"The stub Lambda does not implement {request.Action}.", 404),
        };
    }

    private static Task ListFunctionsAsync(StubRequest request, HttpContext http, LambdaEstate estate)
    {
        var maxItems = MaxItems(request);
        // Lambda answers at most 50 functions a page, whatever MaxItems asks for.
        var (page, next) = StubPaging.Page(
            estate.Functions, request.Query.GetValueOrDefault("Marker"), Math.Min(maxItems ?? 50, 50), request.PageSize, "InvalidParameterValueException");
        return AnswerAsync(request, http, new
        {
            Functions = page.Select(f => f.ToJson(request.Account.AccountId, request.Region)),
            NextMarker = next,
        });
    }

    private static Task ListTagsAsync(StubRequest request, HttpContext http, LambdaEstate estate)
    {
        var arn = request.Path[TagsPath.Length..];
        var function = estate.Functions.FirstOrDefault(f => f.Arn(request.Account.AccountId, request.Region) == arn)
                       ?? throw new StubAwsException("ResourceNotFoundException", $"Function not found: {arn}", 404);
        return AnswerAsync(request, http, new { function.Tags });
    }

    private static int? MaxItems(StubRequest request)
    {
        if (!request.Query.TryGetValue("MaxItems", out var text))
            return null;
        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 10000
            ? value
            : throw new StubAwsException("InvalidParameterValueException", $"1 validation error detected: Value '{text}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 10000");
    }

    private static async Task AnswerAsync(StubRequest request, HttpContext http, object answer)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        await http.Response.WriteAsync(JsonSerializer.Serialize(answer, Json));
    }
}
