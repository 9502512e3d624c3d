using System.Xml.Linq;
using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Microsoft.AspNetCore.Http;
using static Inventory.StubAws.Services.Rds.RdsStubXml;

namespace Inventory.StubAws.Services.Rds;

/// <summary>
/// RDS (query protocol, API version 2014-10-31): DescribeDBInstances, DescribeDBClusters and DescribeDBSubnetGroups,
/// answered from the region's <see cref="RdsEstate"/> in the XML shapes of the RDS API reference, paged by Marker.
/// </summary>
public sealed class RdsStubService : IStubService
{
    public string SigningName => "rds";

    public StubProtocol Protocol => StubProtocol.Query;

    public string ActionOf(StubRequest request) => request.Parameter("Action") ?? "";

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        var estate = request.Account.Region(request.Region).Rds();
        var (region, account) = (request.Region, request.Account.AccountId);
        return request.Action switch
        {
            "DescribeDBInstances" => ListAsync(request, http, estate.Instances, "DBInstances", "DBInstance", i => i.ToXml(region, account)),
            "DescribeDBClusters" => ListAsync(request, http, estate.Clusters, "DBClusters", "DBCluster", c => c.ToXml(region, account)),
            "DescribeDBSubnetGroups" => ListAsync(request, http, estate.SubnetGroups, "DBSubnetGroups", "DBSubnetGroup", g => g.ToXml(region, account)),
            _ => throw new StubAwsException("InvalidAction", $"The action {request.Action} is not valid for this web service."),
        };
    }

    private static Task ListAsync<T>(
        StubRequest request, HttpContext http, IReadOnlyList<T> all, string list, string member, Func<T, IEnumerable<object?>> write)
    {
        // RDS refuses pages outside 20..100 rather than clamping them.
        var maxRecords = request.IntParameter("MaxRecords");
        if (maxRecords is < 20 or > 100)
            throw new StubAwsException("InvalidParameterValue", $"Invalid value {maxRecords} for MaxRecords. Must be between 20 and 100");
        var (page, marker) = StubPaging.Page(all, request.Parameter("Marker"), maxRecords, request.PageSize);
        return AnswerAsync(request, http, V("Marker", marker), List(list, member, page.Select(write)));
    }

    private static Task AnswerAsync(StubRequest request, HttpContext http, params object?[] result)
    {
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        return StubXml.WriteAsync(http, new XElement(Ns + (request.Action + "Response"),
            new XElement(Ns + (request.Action + "Result"), result),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", request.RequestId))));
    }
}
