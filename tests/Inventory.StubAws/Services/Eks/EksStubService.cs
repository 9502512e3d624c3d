using System.Text.Json;
using System.Text.Json.Serialization;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.Eks;

/// <summary>
/// EKS (REST-JSON): ListClusters, DescribeCluster, ListNodegroups and DescribeNodegroup, answered from the region's
/// <see cref="EksEstate"/>; the list calls page by nextToken.
/// </summary>
public sealed class EksStubService : IStubService
{
    // AWS leaves absent members out of REST-JSON answers rather than sending null.
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string SigningName => "eks";

    public StubProtocol Protocol => StubProtocol.RestJson;

    /// <summary>GET /clusters[/{name}[/node-groups[/{nodegroup}]]].</summary>
    public string ActionOf(StubRequest request) => (request.Method, Segments(request)) switch
    {
        ("GET", ["clusters"]) => "ListClusters",
        ("GET", ["clusters", _]) => "DescribeCluster",
        ("GET", ["clusters", _, "node-groups"]) => "ListNodegroups",
        ("GET", ["clusters", _, "node-groups", _]) => "DescribeNodegroup",
        var (method, _) => $"{method} {request.Path}",
    };

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        var estate = request.Account.Region(request.Region).Eks();
        var account = request.Account.AccountId;
        var segments = Segments(request);
        return request.Action switch
        {
            "ListClusters" => ListAsync(request, http, estate.Clusters.Select(c => c.Name).ToList(), "clusters"),
            "DescribeCluster" => AnswerAsync(request, http, new { cluster = FindCluster(estate, segments[1]).ToJson(account, request.Region) }),
            "ListNodegroups" => ListAsync(request, http, FindCluster(estate, segments[1]).Nodegroups.Select(n => n.Name).ToList(), "nodegroups"),
            "DescribeNodegroup" => AnswerAsync(request, http, new
            {
                nodegroup = FindNodegroup(FindCluster(estate, segments[1]), segments[3]).ToJson(account, request.Region, segments[1]),
            }),
            _ => throw new StubAwsException("UnknownOperationException", $"The stub EKS does not implement {request.Action}.", 404),
        };
    }

    private static Task ListAsync(StubRequest request, HttpContext http, IReadOnlyList<string> names, string listName)
    {
        int? maxResults = null;
        if (request.Query.TryGetValue("maxResults", out var text))
        {
            maxResults = int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 100
                ? value
                : throw new StubAwsException("InvalidParameterException", "maxResults must be between 1 and 100.");
        }
        var (page, next) = StubPaging.Page(names, request.Query.GetValueOrDefault("nextToken"), maxResults, request.PageSize, "InvalidParameterException");
        var answer = new Dictionary<string, object> { [listName] = page };
        if (next is not null)
            answer["nextToken"] = next;
        return AnswerAsync(request, http, answer);
    }

    private static StubEksCluster FindCluster(EksEstate estate, string name) =>
        estate.Clusters.FirstOrDefault(c => c.Name == name)
        ?? throw new StubAwsException("ResourceNotFoundException", $"No cluster found for name: {name}.", 404);

    private static StubNodegroup FindNodegroup(StubEksCluster cluster, string name) =>
        cluster.Nodegroups.FirstOrDefault(n => n.Name == name)
        ?? throw new StubAwsException("ResourceNotFoundException", $"No node group found for name: {name}.", 404);

    private static string[] Segments(StubRequest request) => request.Path.Trim('/').Split('/');

    private static async Task AnswerAsync(StubRequest request, HttpContext http, object answer)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        await http.Response.WriteAsync(JsonSerializer.Serialize(answer, Json));
    }
}
