using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Microsoft.AspNetCore.Http;
using static Inventory.StubAws.Services.CloudFront.CloudFrontXml;

namespace Inventory.StubAws.Services.CloudFront;

/// <summary>
/// CloudFront (REST-XML, 2020-05-31): ListDistributions, paged by Marker (the last id of the previous page), and
/// ListTagsForResource, answered from the account's <see cref="CloudFrontEstate"/>.
/// </summary>
public sealed class CloudFrontStubService : IStubService
{
    private const string Api = "/2020-05-31";

    public string SigningName => "cloudfront";

    public StubProtocol Protocol { get; } = new NamespacedRestXmlProtocol(Ns);

    public string ActionOf(StubRequest request) => (request.Method, request.Path) switch
    {
        ("GET", Api + "/distribution") => "ListDistributions",
        ("GET", Api + "/tagging") => "ListTagsForResource",
        _ => "Unsupported",
    };

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        return request.Action switch
        {
            "ListDistributions" => ListDistributionsAsync(request, http),
            "ListTagsForResource" => ListTagsAsync(request, http),
            _ => throw new StubAwsException("InvalidAction", $"The stub CloudFront does not implement {request.Method} {request.Path}."),
        };
    }

    // "The maximum and default values are both 100"; the stub's page size cuts it further so paging is exercised.
    private static Task ListDistributionsAsync(StubRequest request, HttpContext http)
    {
        var all = request.Account.CloudFront().Distributions;
        var marker = request.Query.GetValueOrDefault("Marker") ?? "";
        var start = 0;
        if (marker.Length > 0)
        {
            var last = all.FindIndex(d => d.Id == marker);
            start = last >= 0 ? last + 1 : throw new StubAwsException("InvalidArgument", $"The marker {marker} is not a distribution id.");
        }
        var maxItems = Math.Min(MaxItems(request), 100);
        var page = all.Skip(start).Take(Math.Min(maxItems, request.PageSize)).ToList();
        var truncated = start + page.Count < all.Count;
        return StubXml.WriteAsync(http, E("DistributionList",
            V("Marker", marker),
            truncated ? V("NextMarker", page[^1].Id) : null,
            V("MaxItems", maxItems),
            V("IsTruncated", truncated),
            V("Quantity", page.Count),
            page.Count == 0 ? null : E("Items", page.Select(d => d.ToXml(request.Account.AccountId)))));
    }

    private static Task ListTagsAsync(StubRequest request, HttpContext http)
    {
        var arn = request.Query.GetValueOrDefault("Resource")
                  ?? throw new StubAwsException("InvalidArgument", "Resource is required.");
        var distribution = request.Account.CloudFront().Distributions.FirstOrDefault(d => d.Arn(request.Account.AccountId) == arn)
                           ?? throw new StubAwsException("NoSuchResource", "The specified distribution does not exist.", 404);
        return StubXml.WriteAsync(http, E("Tags",
            distribution.Tags.Count == 0 ? null : E("Items", distribution.Tags.Select(t => E("Tag", V("Key", t.Key), V("Value", t.Value))))));
    }

    private static int MaxItems(StubRequest request)
    {
        var text = request.Query.GetValueOrDefault("MaxItems");
        if (text is null)
            return 100;
        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new StubAwsException("InvalidArgument", $"MaxItems {text} is not a positive number.");
    }
}
