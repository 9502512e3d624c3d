using System.Text.Json;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Collectors.Eks;

/// <summary>The EKS list-then-describe pattern: names page by page, then one describe call per name.</summary>
internal static class EksApi
{
    public static string ClusterPath(string name) => "/clusters/" + Uri.EscapeDataString(name);

    /// <summary>Every name a list call answers under <paramref name="listName"/> ("clusters", "nodegroups"), across all pages.</summary>
    public static async Task<IReadOnlyList<string>> ListAsync(SignedAwsClient eks, string path, string listName, CancellationToken ct)
    {
        var names = new List<string>();
        // 100 is the most the EKS list calls accept per page.
        var query = new QueryParameters().Add("maxResults", "100");
        await foreach (var page in eks.RestJsonPagesAsync(path, query, PageToken.CamelNextToken, ct).ConfigureAwait(false))
            names.AddRange(page.StringsAt(listName).OfType<string>());
        return names;
    }

    /// <summary>The described resource under <paramref name="resultName"/>; null when it was deleted after it was listed.</summary>
    public static async Task<JsonElement?> DescribeAsync(SignedAwsClient eks, string path, string resultName, CancellationToken ct)
    {
        try
        {
            var answer = await eks.RestJsonAsync(path, null, ct).ConfigureAwait(false);
            // A success without the resource is a broken answer, not a deletion: failing keeps the resource from being marked gone.
            return answer.ObjectAt(resultName) is { ValueKind: JsonValueKind.Object } resource
                ? resource
                : throw new InvalidOperationException($"EKS answered GET {path} without \"{resultName}\".");
        }
        catch (AwsServiceException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            return null;
        }
    }
}
