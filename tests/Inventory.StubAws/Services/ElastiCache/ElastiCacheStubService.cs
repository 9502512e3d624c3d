using System.Xml.Linq;
using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Microsoft.AspNetCore.Http;
using static Inventory.StubAws.Services.ElastiCache.ElastiCacheStubXml;

namespace Inventory.StubAws.Services.ElastiCache;

/// <summary>
/// ElastiCache (query protocol, API version 2015-02-02): DescribeCacheClusters, DescribeReplicationGroups and
/// DescribeCacheSubnetGroups paged by Marker, and ListTagsForResource, answered from the region's
/// <see cref="ElastiCacheEstate"/> in the XML shapes of the ElastiCache API reference.
/// </summary>
public sealed class ElastiCacheStubService : IStubService
{
    public string SigningName => "elasticache";

    public StubProtocol Protocol => StubProtocol.Query;

    public string ActionOf(StubRequest request) => request.Parameter("Action") ?? "";

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        var estate = request.Account.Region(request.Region).ElastiCache();
        var (region, account) = (request.Region, request.Account.AccountId);
        var showNodes = request.BoolParameter("ShowCacheNodeInfo");
        return request.Action switch
        {
            "DescribeCacheClusters" => ListAsync(request, http, estate.Clusters, "CacheClusters", "CacheCluster", c => c.ToXml(region, account, showNodes)),
            "DescribeReplicationGroups" => ListAsync(request, http, estate.ReplicationGroups, "ReplicationGroups", "ReplicationGroup",
                g => g.ToXml(region, account, [.. estate.Clusters.Where(c => c.ReplicationGroupId == g.ReplicationGroupId)])),
            "DescribeCacheSubnetGroups" => ListAsync(request, http, estate.SubnetGroups, "CacheSubnetGroups", "CacheSubnetGroup", g => g.ToXml(region, account)),
            "ListTagsForResource" => ListTagsForResourceAsync(request, http, estate),
            _ => throw new StubAwsException("InvalidAction", $"The action {request.Action} is not valid for this web service."),
        };
    }

    private static Task ListAsync<T>(
        StubRequest request, HttpContext http, IReadOnlyList<T> all, string list, string member, Func<T, IEnumerable<object?>> write)
    {
        // ElastiCache refuses pages outside 20..100 rather than clamping them.
        var maxRecords = request.IntParameter("MaxRecords");
        if (maxRecords is < 20 or > 100)
            throw new StubAwsException("InvalidParameterValue", $"The parameter MaxRecords must be between 20 and 100, not {maxRecords}.");
        var (page, marker) = StubPaging.Page(all, request.Parameter("Marker"), maxRecords, request.PageSize);
        return AnswerAsync(request, http, V("Marker", marker), List(list, member, page.Select(write)));
    }

    private static Task ListTagsForResourceAsync(StubRequest request, HttpContext http, ElastiCacheEstate estate)
    {
        var arn = request.Parameter("ResourceName")
                  ?? throw new StubAwsException("MissingParameter", "The request must contain the parameter ResourceName.");
        var (region, account) = (request.Region, request.Account.AccountId);
        var tags = estate.Clusters.FirstOrDefault(c => !c.GoneAfterListing && c.Arn(region, account) == arn)?.Tags
                   ?? estate.ReplicationGroups.FirstOrDefault(g => !g.GoneAfterListing && g.Arn(region, account) == arn)?.Tags
                   ?? throw NotFound(arn);
        return AnswerAsync(request, http, List("TagList", "Tag", tags.Select(t => new object?[] { V("Key", t.Key), V("Value", t.Value) })));
    }

    private static StubAwsException NotFound(string arn) => arn.Split(':') switch
    {
        [_, _, "elasticache", _, _, "cluster", var id] => new("CacheClusterNotFound", $"CacheCluster not found: {id}", 404),
        [_, _, "elasticache", _, _, "replicationgroup", var id] => new("ReplicationGroupNotFoundFault", $"ReplicationGroup not found: {id}", 404),
        _ => new("InvalidARN", $"{arn} is not a valid ARN.", 400),
    };

    private static Task AnswerAsync(StubRequest request, HttpContext http, params object?[] result)
    {
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        return StubXml.WriteAsync(http, new XElement(Ns + (request.Action + "Response"),
            new XElement(Ns + (request.Action + "Result"), result),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", request.RequestId))));
    }
}
