using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class QueryProtocolTests
{
    private const string RdsNamespace = "http://rds.amazonaws.com/doc/2014-10-31/";

    private static string DbInstances(string? marker, params string[] ids) =>
        $"""
        <DescribeDBInstancesResponse xmlns="{RdsNamespace}">
          <DescribeDBInstancesResult>
            {(marker is null ? "" : $"<Marker>{marker}</Marker>")}
            <DBInstances>
              {string.Concat(ids.Select(id => $"<DBInstance><DBInstanceIdentifier>{id}</DBInstanceIdentifier></DBInstance>"))}
            </DBInstances>
          </DescribeDBInstancesResult>
          <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
        </DescribeDBInstancesResponse>
        """;

    [Fact]
    public async Task A_call_posts_action_version_and_nested_parameters_as_a_signed_form()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Xml(DbInstances(null, "db-1", "db-2")));
        using var client = StubAccess.Client(server, SigningNames.Rds);

        var parameters = new QueryParameters()
            .Add("MaxRecords", "100")
            .AddList("Filters", [new QueryParameters().Add("Name", "engine").AddList("Values", ["postgres", "aurora mysql"], "Value")], "Filter");
        var result = await client.QueryAsync("DescribeDBInstances", "2014-10-31", parameters, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal(
            "Action=DescribeDBInstances&Version=2014-10-31&MaxRecords=100&Filters.Filter.1.Name=engine"
            + "&Filters.Filter.1.Values.Value.1=postgres&Filters.Filter.1.Values.Value.2=aurora%20mysql",
            request.BodyText);
        StubAccess.AssertSigned(request, "eu-west-1", "rds");

        Assert.Equal("DescribeDBInstancesResult", result.Name.LocalName);
        Assert.Equal(["db-1", "db-2"], result.All("DBInstances", "DBInstance").Select(i => i.TextAt("DBInstanceIdentifier")));
    }

    [Fact]
    public async Task Session_credentials_send_and_sign_the_security_token()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Xml(DbInstances(null)));
        using var client = StubAccess.Client(server, SigningNames.Rds, "ap-southeast-2", session: true);

        await client.QueryAsync("DescribeDBInstances", "2014-10-31", null, CancellationToken.None);

        StubAccess.AssertSigned(Assert.Single(server.Requests), "ap-southeast-2", "rds", session: true);
    }

    [Fact]
    public async Task Every_rds_page_is_read_by_following_the_marker()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => request.FormValue("Marker") switch
        {
            null => StubAnswer.Xml(DbInstances("m-2", "db-1", "db-2")),
            "m-2" => StubAnswer.Xml(DbInstances("m-3", "db-3")),
            "m-3" => StubAnswer.Xml(DbInstances(null, "db-4")),
            var other => throw new InvalidOperationException(other),
        });
        using var client = StubAccess.Client(server, SigningNames.Rds);

        var ids = new List<string?>();
        await foreach (var page in client.QueryPagesAsync("DescribeDBInstances", "2014-10-31", new QueryParameters().Add("MaxRecords", "2"), PageToken.Marker, CancellationToken.None))
            ids.AddRange(page.All("DBInstances", "DBInstance").Select(i => i.TextAt("DBInstanceIdentifier")));

        Assert.Equal(["db-1", "db-2", "db-3", "db-4"], ids);
        Assert.Equal([null, "m-2", "m-3"], server.Requests.Select(r => r.FormValue("Marker")));
        Assert.All(server.Requests, r => Assert.Equal("2", r.FormValue("MaxRecords")));
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "eu-west-1", "rds"));
    }

    [Fact]
    public async Task Every_elbv2_page_is_read_from_marker_to_next_marker()
    {
        static string Page(string? next, string name) =>
            $"""
            <DescribeLoadBalancersResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">
              <DescribeLoadBalancersResult>
                <LoadBalancers><member><LoadBalancerName>{name}</LoadBalancerName></member></LoadBalancers>
                {(next is null ? "" : $"<NextMarker>{next}</NextMarker>")}
              </DescribeLoadBalancersResult>
            </DescribeLoadBalancersResponse>
            """;
        await using var server = await LoopbackServer.StartAsync((request, _) =>
            StubAnswer.Xml(request.FormValue("Marker") is null ? Page("page/2", "lb-a") : Page(null, "lb-b")));
        using var client = StubAccess.Client(server, SigningNames.ElasticLoadBalancingV2);

        var names = new List<string?>();
        await foreach (var page in client.QueryPagesAsync("DescribeLoadBalancers", "2015-12-01", null, PageToken.MarkerNextMarker, CancellationToken.None))
            names.AddRange(page.All("LoadBalancers", "member").Select(m => m.TextAt("LoadBalancerName")));

        Assert.Equal(["lb-a", "lb-b"], names);
        Assert.Equal("Action=DescribeLoadBalancers&Version=2015-12-01&Marker=page%2F2", server.Requests[1].BodyText);
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "eu-west-1", "elasticloadbalancing"));
    }

    [Fact]
    public async Task An_error_response_becomes_an_aws_service_exception_and_is_not_retried()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Xml(
            $"""
            <ErrorResponse xmlns="{RdsNamespace}">
              <Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform rds:DescribeDBInstances</Message></Error>
              <RequestId>5e7f2a1c-req</RequestId>
            </ErrorResponse>
            """,
            403));
        using var client = StubAccess.Client(server, SigningNames.ElastiCache);

        var error = await Assert.ThrowsAsync<AwsServiceException>(
            () => client.QueryAsync("DescribeCacheClusters", "2015-02-02", null, CancellationToken.None));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(403, error.StatusCode);
        Assert.Equal("User is not authorized to perform rds:DescribeDBInstances", error.Message);
        Assert.Equal("5e7f2a1c-req", error.RequestId);
        StubAccess.AssertSigned(Assert.Single(server.Requests), "eu-west-1", "elasticache");
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_the_answer_after_two_waits()
    {
        await using var server = await LoopbackServer.StartAsync((_, call) => call <= 2
            ? StubAnswer.Xml("<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r</RequestId></ErrorResponse>", 400)
            : StubAnswer.Xml(DbInstances(null, "db-1")));
        var delays = new List<TimeSpan>();
        using var client = StubAccess.Client(server, SigningNames.Rds, throttling: StubAccess.Recording(delays));

        var result = await client.QueryAsync("DescribeDBInstances", "2014-10-31", null, CancellationToken.None);

        Assert.Equal("db-1", result.TextAt("DBInstances", "DBInstance", "DBInstanceIdentifier"));
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], delays);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "eu-west-1", "rds"));
    }
}
