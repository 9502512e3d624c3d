using System.Text;
using System.Text.Json.Nodes;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.Cognito;

/// <summary>
/// Cognito user pools (JSON 1.1, target prefix AWSCognitoIdentityProviderService): ListUserPools paged by NextToken,
/// with MaxResults required as AWS requires it, and DescribeUserPool, answered from the region's <see cref="CognitoEstate"/>.
/// </summary>
public sealed class CognitoStubService : IStubService
{
    private const string TargetPrefix = "AWSCognitoIdentityProviderService.";

    public string SigningName => "cognito-idp";

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
            "ListUserPools" => AnswerAsync(request, http, ListUserPools(request, body)),
            "DescribeUserPool" => AnswerAsync(request, http, DescribeUserPool(request, body)),
            _ => throw new StubAwsException("UnknownOperationException", $"The stub Cognito does not implement {request.Action}."),
        };
    }

    private static JsonObject ListUserPools(StubRequest request, JsonObject body)
    {
        var maxResults = (int?)body["MaxResults"];
        if (maxResults is null or < 1 or > 60)
            throw new StubAwsException("InvalidParameterException", $"1 validation error detected: Value '{maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 60");
        var pools = request.Account.Region(request.Region).Cognito().UserPools;
        var (page, next) = StubPaging.Page(pools, (string?)body["NextToken"], maxResults, request.PageSize, "InvalidParameterException");
        var answer = new JsonObject { ["UserPools"] = new JsonArray([.. page.Select(p => p.ToSummaryJson())]) };
        if (next is not null)
            answer["NextToken"] = next;
        return answer;
    }

    private static JsonObject DescribeUserPool(StubRequest request, JsonObject body)
    {
        var id = (string?)body["UserPoolId"] ?? throw new StubAwsException("InvalidParameterException", "UserPoolId is required.");
        var pool = request.Account.Region(request.Region).Cognito().UserPools.FirstOrDefault(p => p.Id == id)
                   ?? throw new StubAwsException("ResourceNotFoundException", $"User pool {id} does not exist.");
        return new JsonObject { ["UserPool"] = pool.ToJson(request.Account.AccountId, request.Region) };
    }

    private static async Task AnswerAsync(StubRequest request, HttpContext http, JsonObject answer)
    {
        http.Response.ContentType = "application/x-amz-json-1.1";
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        await http.Response.WriteAsync(answer.ToJsonString());
    }
}
