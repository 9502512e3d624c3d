using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Cognito;

/// <summary>
/// Cognito user pools in one region over JSON 1.1: ListUserPools (every page, NextToken), then DescribeUserPool per pool,
/// whose answer carries the tags, domain and policies the list leaves out.
/// </summary>
internal sealed class CognitoCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    private const string Target = "AWSCognitoIdentityProviderService";

    public string Service => "cognito-idp";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var client = new SignedAwsClient(access, SigningNames.CognitoUserPools, throttling);
        // MaxResults is required, and 60 is the most ListUserPools allows.
        var request = new JsonObject { ["MaxResults"] = 60 };
        var observations = new List<Observation>();
        await foreach (var page in client.Json11PagesAsync(Target, "ListUserPools", request, PageToken.NextToken, cancellation).ConfigureAwait(false))
        {
            foreach (var summary in page.ArrayAt("UserPools"))
            {
                if (await DescribeAsync(client, summary.StringAt("Id"), cancellation).ConfigureAwait(false) is { } pool)
                    observations.Add(UserPools.Map(pool, access.Region, access.AccountId));
            }
        }
        return observations;
    }

    /// <returns>Null when the pool was deleted between the list and this call: it is simply not there any more.</returns>
    private static async Task<JsonElement?> DescribeAsync(SignedAwsClient client, string? userPoolId, CancellationToken ct)
    {
        try
        {
            var answer = await client.Json11Async(Target, "DescribeUserPool", new JsonObject { ["UserPoolId"] = userPoolId }, ct).ConfigureAwait(false);
            return answer.TryGetProperty("UserPool", out var pool) && pool.ValueKind == JsonValueKind.Object ? pool : null;
        }
        catch (AwsServiceException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            return null;
        }
    }
}
