using System.Text.Json;
using System.Text.Json.Serialization;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.Msk;

/// <summary>MSK (REST-JSON, signing name "kafka"): ListClustersV2, paged by nextToken, answered from the region's <see cref="MskEstate"/>.</summary>
public sealed class MskStubService : IStubService
{
    // AWS leaves absent members out of REST-JSON answers rather than sending null.
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string SigningName => "kafka";

    public StubProtocol Protocol => StubProtocol.RestJson;

    public string ActionOf(StubRequest request) => (request.Method, request.Path.TrimEnd('/')) switch
    {
        ("GET", "/api/v2/clusters") => "ListClustersV2",
        var (method, _) => $"{method} {request.Path}",
    };

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        if (request.Action != "ListClustersV2")
            throw new StubAwsException("NotFoundException", $"The stub MSK does not implement {request.Action}.", 404);

        int? maxResults = null;
        if (request.Query.TryGetValue("maxResults", out var text))
        {
            maxResults = int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 100
                ? value
                : throw new StubAwsException("BadRequestException", "maxResults must be between 1 and 100.");
        }
        var estate = request.Account.Region(request.Region).Msk();
        var (page, next) = StubPaging.Page(estate.Clusters, request.Query.GetValueOrDefault("nextToken"), maxResults, request.PageSize, "BadRequestException");
        return AnswerAsync(request, http, new
        {
            clusterInfoList = page.Select(c => c.ToJson(request.Account.AccountId, request.Region)),
            nextToken = next,
        });
    }

    private static async Task AnswerAsync(StubRequest request, HttpContext http, object answer)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        await http.Response.WriteAsync(JsonSerializer.Serialize(answer, Json));
    }
}
