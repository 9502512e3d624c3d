using System.Text;
using System.Text.Json.Nodes;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.Ecr;

/// <summary>
/// ECR (JSON 1.1, target prefix AmazonEC2ContainerRegistry_V20150921): DescribeRepositories paged by nextToken and
/// ListTagsForResource, answered from the region's <see cref="EcrEstate"/>.
/// </summary>
public sealed class EcrStubService : IStubService
{
    private const string TargetPrefix = "AmazonEC2ContainerRegistry_V20150921.";

    public string SigningName => "ecr";

    public StubProtocol Protocol => StubProtocol.Json;

    public string ActionOf(StubRequest request)
    {
        var target = request.Headers["X-Amz-Target"].ToString();
        return target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : "Unsupported";
    }

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        var body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : Encoding.UTF8.GetString(request.Body))?.AsObject() ?? [];
        return request.Action switch
        {
            "DescribeRepositories" => AnswerAsync(request, http, DescribeRepositories(request, body)),
            "ListTagsForResource" => AnswerAsync(request, http, ListTags(request, body)),
            _ => throw new StubAwsException("UnknownOperationException", $"The stub ECR does not implement {request.Action}."),
        };
    }

    private static JsonObject DescribeRepositories(StubRequest request, JsonObject body)
    {
        var maxResults = (int?)body["maxResults"];
        if (maxResults is < 1 or > 1000)
            throw new StubAwsException("InvalidParameterException", $"maxResults {maxResults} must be between 1 and 1000.");
        var repositories = request.Account.Region(request.Region).Ecr().Repositories;
        var (page, next) = StubPaging.Page(repositories, (string?)body["nextToken"], maxResults, request.PageSize, "InvalidParameterException");
        var answer = new JsonObject
        {
            ["repositories"] = new JsonArray([.. page.Select(r => r.ToJson(request.Account.AccountId, request.Region))]),
        };
        if (next is not null)
            answer["nextToken"] = next;
        return answer;
    }

    private static JsonObject ListTags(StubRequest request, JsonObject body)
    {
        var account = request.Account.AccountId;
        var arn = (string?)body["resourceArn"] ?? throw new StubAwsException("InvalidParameterException", "resourceArn is required.");
        var repository = request.Account.Region(request.Region).Ecr().Repositories.FirstOrDefault(r => r.Arn(account, request.Region) == arn)
                         ?? throw new StubAwsException("RepositoryNotFoundException",
                             $"The repository with name '{arn.Split('/', 2).Last()}' does not exist in the registry with id '{account}'");
        var tags = repository.Tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value });
        return new JsonObject { ["tags"] = new JsonArray([.. tags]) };
    }

    private static async Task AnswerAsync(StubRequest request, HttpContext http, JsonObject answer)
    {
        http.Response.ContentType = "application/x-amz-json-1.1";
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        await http.Response.WriteAsync(answer.ToJsonString());
    }
}
