using System.Xml.Linq;
using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Microsoft.AspNetCore.Http;
using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

/// <summary>
/// EC2 (query protocol, API version 2016-11-15): the Describe calls of the EC2 and VPC collectors and DescribeRegions,
/// answered from the region's <see cref="Ec2Estate"/> in the XML shapes of the EC2 API reference, paged by NextToken.
/// </summary>
public sealed class Ec2StubService : IStubService
{
    private delegate IEnumerable<object?> Writer<in T>(T resource, StubRequest request);

    public string SigningName => "ec2";

    public StubProtocol Protocol => StubProtocol.Ec2Query;

    public string ActionOf(StubRequest request) => request.Parameter("Action") ?? "";

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        var estate = request.Account.Region(request.Region).Ec2();
        var account = request.Account.AccountId;
        return request.Action switch
        {
            "DescribeInstances" => DescribeInstancesAsync(request, http, estate),
            "DescribeVolumes" => PagedAsync(request, http, estate.Volumes, "volumeSet", (v, _) => v.ToXml(account), 500, clampMax: true),
            "DescribeNetworkInterfaces" => PagedAsync(request, http, estate.NetworkInterfaces, "networkInterfaceSet", (n, _) => n.ToXml(account), 1000),
            "DescribeAddresses" => AnswerAsync(request, http, Items("addressesSet", estate.Addresses.Select(a => a.ToXml(account)))),
            "DescribeVpcs" => PagedAsync(request, http, estate.Vpcs, "vpcSet", (v, _) => v.ToXml(account), 1000),
            "DescribeSubnets" => PagedAsync(request, http, estate.Subnets, "subnetSet", (s, r) => s.ToXml(account, r.Region), 1000),
            "DescribeSecurityGroups" => PagedAsync(request, http, estate.SecurityGroups, "securityGroupInfo", (g, r) => g.ToXml(account, r.Region), 1000),
            "DescribeRouteTables" => PagedAsync(request, http, estate.RouteTables, "routeTableSet", (t, _) => t.ToXml(account), 100),
            "DescribeInternetGateways" => PagedAsync(request, http, estate.InternetGateways, "internetGatewaySet", (g, _) => g.ToXml(account), 1000),
            "DescribeNatGateways" => PagedAsync(request, http, estate.NatGateways, "natGatewaySet", (g, _) => g.ToXml(account), 1000),
            "DescribeRegions" => DescribeRegionsAsync(request, http),
            _ => throw new StubAwsException("InvalidAction", $"The action {request.Action} is not valid for this web service."),
        };
    }

    // Reservations group instances launched together; the stub pages by reservation as EC2 does.
    private static Task DescribeInstancesAsync(StubRequest request, HttpContext http, Ec2Estate estate)
    {
        var reservations = estate.Instances.GroupBy(i => i.ReservationId).ToList();
        var (page, next) = Page(request, reservations, 1000, clampMax: false);
        return AnswerAsync(request, http,
            Items("reservationSet", page.Select(reservation => new object?[]
            {
                V("reservationId", reservation.Key),
                V("ownerId", request.Account.AccountId),
                E("groupSet"),
                Items("instancesSet", reservation.Select(i => i.ToXml(request.Account.AccountId))),
            })),
            V("nextToken", next));
    }

    private static Task DescribeRegionsAsync(StubRequest request, HttpContext http)
    {
        var account = request.Account;
        var regions = account.EnabledRegions.Select(r => (Name: r, OptIn: "opt-in-not-required"))
            .Concat(request.BoolParameter("AllRegions") ? account.DisabledRegions.Select(r => (Name: r, OptIn: "not-opted-in")) : []);
        return AnswerAsync(request, http, Items("regionInfo", regions.Select(r => new object?[]
        {
            V("regionName", r.Name), V("regionEndpoint", $"ec2.{r.Name}.amazonaws.com"), V("optInStatus", r.OptIn),
        })));
    }

    private static Task PagedAsync<T>(
        StubRequest request, HttpContext http, IReadOnlyList<T> all, string setName, Writer<T> write, int maxResults, bool clampMax = false)
    {
        var (page, next) = Page(request, all, maxResults, clampMax);
        return AnswerAsync(request, http, Items(setName, page.Select(item => write(item, request))), V("nextToken", next));
    }

    /// <summary>EC2 rejects MaxResults below 5 and above the call's limit (DescribeVolumes quietly caps it instead).</summary>
    private static (IReadOnlyList<T> Items, string? NextToken) Page<T>(StubRequest request, IReadOnlyList<T> all, int maxResults, bool clampMax)
    {
        var requested = request.IntParameter("MaxResults");
        if (requested is < 5 || (requested > maxResults && !clampMax))
            throw new StubAwsException("InvalidParameterValue", $"Value ( {requested} ) for parameter maxResults is invalid. Expecting a value between 5 and {maxResults}.");
        return StubPaging.Page(all, request.Parameter("NextToken"), requested, request.PageSize);
    }

    private static Task AnswerAsync(StubRequest request, HttpContext http, params object?[] content) =>
        StubXml.WriteAsync(http, new XElement(Ns + (request.Action + "Response"), V("requestId", request.RequestId), content));
}
