using System.Xml.Linq;
using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Microsoft.AspNetCore.Http;
using static Inventory.StubAws.Services.Elbv2.Elbv2StubXml;

namespace Inventory.StubAws.Services.Elbv2;

/// <summary>
/// Elastic Load Balancing v2 (query protocol, API version 2015-12-01, signing name "elasticloadbalancing"):
/// DescribeLoadBalancers and DescribeTargetGroups paged from Marker to NextMarker, DescribeTargetHealth and
/// DescribeTags, answered from the region's <see cref="Elbv2Estate"/> in the XML shapes of the ELBv2 API reference.
/// </summary>
public sealed class Elbv2StubService : IStubService
{
    private const int MaxTaggedResources = 20;

    public string SigningName => "elasticloadbalancing";

    public StubProtocol Protocol => StubProtocol.Query;

    public string ActionOf(StubRequest request) => request.Parameter("Action") ?? "";

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        var estate = request.Account.Region(request.Region).Elbv2();
        var (region, account) = (request.Region, request.Account.AccountId);
        return request.Action switch
        {
            "DescribeLoadBalancers" => ListAsync(request, http, estate.LoadBalancers, "LoadBalancers", lb => lb.ToXml(region, account)),
            "DescribeTargetGroups" => ListAsync(request, http, estate.TargetGroups, "TargetGroups", g => g.ToXml(region, account)),
            "DescribeTargetHealth" => DescribeTargetHealthAsync(request, http, estate),
            "DescribeTags" => DescribeTagsAsync(request, http, estate),
            _ => throw new StubAwsException("InvalidAction", $"The action {request.Action} is not valid for this web service."),
        };
    }

    private static Task ListAsync<T>(StubRequest request, HttpContext http, IReadOnlyList<T> all, string list, Func<T, IEnumerable<object?>> write)
    {
        var pageSize = request.IntParameter("PageSize");
        if (pageSize is < 1 or > 400)
            throw new StubAwsException("ValidationError", $"1 validation error detected: Value '{pageSize}' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 400");
        var (page, next) = StubPaging.Page(all, request.Parameter("Marker"), pageSize, request.PageSize, invalidTokenCode: "ValidationError");
        return AnswerAsync(request, http, Members(list, page.Select(write)), V("NextMarker", next));
    }

    private static Task DescribeTargetHealthAsync(StubRequest request, HttpContext http, Elbv2Estate estate)
    {
        var arn = request.Parameter("TargetGroupArn")
                  ?? throw new StubAwsException("ValidationError", "1 validation error detected: Value null at 'targetGroupArn' failed to satisfy constraint: Member must not be null");
        var group = FindTargetGroup(request, estate, arn) ?? throw NotFound(arn);
        return AnswerAsync(request, http, Members("TargetHealthDescriptions", group.Targets.Select(t => new object?[]
        {
            E("Target", V("Id", t.Id), V("Port", t.Port)),
            V("HealthCheckPort", t.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "traffic-port"),
            E("TargetHealth", V("State", t.State), t.State == "healthy" ? null : V("Reason", "Target.ResponseCodeMismatch")),
        })));
    }

    // DescribeTags fails whole when any one resource is unknown, as AWS does.
    private static Task DescribeTagsAsync(StubRequest request, HttpContext http, Elbv2Estate estate)
    {
        var arns = request.ListParameter("ResourceArns.member");
        if (arns.Count is 0 or > MaxTaggedResources)
            throw new StubAwsException("ValidationError", $"1 validation error detected: Value at 'resourceArns' failed to satisfy constraint: Member must have length less than or equal to {MaxTaggedResources}");
        var described = arns.Select(arn =>
            (Arn: arn, Tags: FindLoadBalancer(request, estate, arn)?.Tags ?? FindTargetGroup(request, estate, arn)?.Tags ?? throw NotFound(arn)));
        return AnswerAsync(request, http, Members("TagDescriptions", described.ToList().Select(d => new object?[] { V("ResourceArn", d.Arn), Tags(d.Tags) })));
    }

    private static StubLoadBalancer? FindLoadBalancer(StubRequest request, Elbv2Estate estate, string arn) =>
        estate.LoadBalancers.FirstOrDefault(lb => !lb.GoneAfterListing && lb.Arn(request.Region, request.Account.AccountId) == arn);

    private static StubTargetGroup? FindTargetGroup(StubRequest request, Elbv2Estate estate, string arn) =>
        estate.TargetGroups.FirstOrDefault(g => !g.GoneAfterListing && g.Arn(request.Region, request.Account.AccountId) == arn);

    private static StubAwsException NotFound(string arn) => arn.Contains(":loadbalancer/", StringComparison.Ordinal)
        ? new("LoadBalancerNotFound", $"Load balancers '[{arn}]' not found")
        : new("TargetGroupNotFound", $"Target groups '[{arn}]' not found");

    private static Task AnswerAsync(StubRequest request, HttpContext http, params object?[] result)
    {
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        return StubXml.WriteAsync(http, new XElement(Ns + (request.Action + "Response"),
            new XElement(Ns + (request.Action + "Result"), result),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", request.RequestId))));
    }
}
