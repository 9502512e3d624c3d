using System.Text;
using System.Text.Json.Nodes;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.Organizations;

/// <summary>
/// AWS Organizations (JSON 1.1, target prefix AWSOrganizationsV20161128): ListAccounts paged by NextToken with MaxResults 1-20,
/// answered for the calling account's <see cref="OrganizationsEstate"/>. A member account gets AccessDeniedException,
/// an account in no organisation AWSOrganizationsNotInUseException, as AWS answers them.
/// </summary>
public sealed class OrganizationsStubService : IStubService
{
    private const string TargetPrefix = "AWSOrganizationsV20161128.";

    public string SigningName => "organizations";

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
            "ListAccounts" => AnswerAsync(request, http, ListAccounts(request, body)),
            _ => throw new StubAwsException("InvalidInputException", $"The stub Organizations does not implement {request.Action}."),
        };
    }

    private static JsonObject ListAccounts(StubRequest request, JsonObject body)
    {
        var organization = request.Account.Organization();
        if (!organization.InUse)
        {
            // Only the management account (or a delegated administrator) may list; a member is refused outright.
            if (request.Estate.Accounts.Any(a => a.AccountId != request.Account.AccountId && a.Organization().Contains(request.Account.AccountId)))
                throw new StubAwsException("AccessDeniedException", "You don't have permissions to access this resource.");
            throw new StubAwsException(
                "AWSOrganizationsNotInUseException", "Your account is not a member of an organization.");
        }
        var maxResults = (int?)body["MaxResults"];
        if (maxResults is < 1 or > 20)
            throw new StubAwsException("InvalidInputException",
                $"1 validation error detected: Value '{maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 20");
        var (page, next) = StubPaging.Page(organization.Accounts, (string?)body["NextToken"], maxResults, request.PageSize, "InvalidInputException");
        var answer = new JsonObject
        {
            ["Accounts"] = new JsonArray([.. page.Select(a => a.ToJson(request.Account.AccountId, organization.OrganizationId))]),
        };
        if (next is not null)
            answer["NextToken"] = next;
        return answer;
    }

    private static async Task AnswerAsync(StubRequest request, HttpContext http, JsonObject answer)
    {
        http.Response.ContentType = "application/x-amz-json-1.1";
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        await http.Response.WriteAsync(answer.ToJsonString());
    }
}
