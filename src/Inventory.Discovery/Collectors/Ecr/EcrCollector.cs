using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Ecr;

/// <summary>
/// ECR repositories in one region over JSON 1.1: DescribeRepositories (every page, nextToken), then
/// ListTagsForResource per repository.
/// </summary>
internal sealed class EcrCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    private const string Target = "AmazonEC2ContainerRegistry_V20150921";

    public string Service => "ecr";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var client = new SignedAwsClient(access, SigningNames.Ecr, throttling);
        // 1000 is the most DescribeRepositories answers per page.
        var request = new JsonObject { ["maxResults"] = 1000 };
        var observations = new List<Observation>();
        await foreach (var page in client.Json11PagesAsync(Target, "DescribeRepositories", request, PageToken.CamelNextToken, cancellation).ConfigureAwait(false))
        {
            foreach (var repository in page.ArrayAt("repositories"))
            {
                if (await TagsAsync(client, repository, cancellation).ConfigureAwait(false) is { } tags)
                    observations.Add(EcrRepositories.Map(repository, tags));
            }
        }
        return observations;
    }

    /// <returns>Null when the repository was deleted between the list and this call: it is simply not there any more.</returns>
    private static async Task<IReadOnlyDictionary<string, string>?> TagsAsync(SignedAwsClient client, JsonElement repository, CancellationToken ct)
    {
        try
        {
            var request = new JsonObject { ["resourceArn"] = repository.StringAt("repositoryArn") };
            var answer = await client.Json11Async(Target, "ListTagsForResource", request, ct).ConfigureAwait(false);
            return EcrRepositories.Tags(answer);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "RepositoryNotFoundException")
        {
            return null;
        }
    }
}
