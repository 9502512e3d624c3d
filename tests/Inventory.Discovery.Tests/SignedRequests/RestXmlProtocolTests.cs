using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class RestXmlProtocolTests
{
    private static string Distributions(string? nextMarker, bool truncated, params string[] ids) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <DistributionList xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
          <Marker></Marker>
          {(nextMarker is null ? "" : $"<NextMarker>{nextMarker}</NextMarker>")}
          <MaxItems>100</MaxItems>
          <IsTruncated>{(truncated ? "true" : "false")}</IsTruncated>
          <Quantity>{ids.Length}</Quantity>
          <Items>{string.Concat(ids.Select(id => $"<DistributionSummary><Id>{id}</Id></DistributionSummary>"))}</Items>
        </DistributionList>
        """;

    [Fact]
    public async Task Cloudfront_is_a_signed_get_for_us_east_1_and_every_page_is_read_while_truncated()
    {
        await using var server = await LoopbackServer.StartAsync((request, _) => request.QueryValue("Marker") switch
        {
            null => StubAnswer.Xml(Distributions("E2", true, "E1")),
            "E2" => StubAnswer.Xml(Distributions("E3", true, "E2")),
            // The last page says it is not truncated; a stray NextMarker must not start another request.
            "E3" => StubAnswer.Xml(Distributions("stray", false, "E3")),
            var other => throw new InvalidOperationException(other),
        });
        using var client = StubAccess.Client(server, SigningNames.CloudFront, region: "eu-west-1");

        var ids = new List<string?>();
        await foreach (var page in client.RestXmlPagesAsync("/2020-05-31/distribution", new QueryParameters().Add("MaxItems", "100"), PageToken.MarkerNextMarker, CancellationToken.None))
            ids.AddRange(page.All("Items", "DistributionSummary").Select(d => d.TextAt("Id")));

        Assert.Equal(["E1", "E2", "E3"], ids);
        Assert.Equal(
            ["/2020-05-31/distribution?MaxItems=100", "/2020-05-31/distribution?MaxItems=100&Marker=E2", "/2020-05-31/distribution?MaxItems=100&Marker=E3"],
            server.Requests.Select(r => r.RawTarget));
        Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
        Assert.All(server.Requests, r => Assert.Empty(r.Body));
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "us-east-1", "cloudfront"));
    }

    [Fact]
    public async Task Route53_pages_with_a_lowercase_marker_and_next_marker()
    {
        static string Zones(string? next, string id) =>
            $"""
            <ListHostedZonesResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/">
              <HostedZones><HostedZone><Id>/hostedzone/{id}</Id><Name>example.com.</Name></HostedZone></HostedZones>
              <IsTruncated>{(next is null ? "false" : "true")}</IsTruncated>
              {(next is null ? "" : $"<NextMarker>{next}</NextMarker>")}
              <MaxItems>1</MaxItems>
            </ListHostedZonesResponse>
            """;
        await using var server = await LoopbackServer.StartAsync((request, _) =>
            StubAnswer.Xml(request.QueryValue("marker") is null ? Zones("Z2", "Z1") : Zones(null, "Z2")));
        using var client = StubAccess.Client(server, SigningNames.Route53, region: "us-east-1", session: true);

        var zones = new List<string?>();
        await foreach (var page in client.RestXmlPagesAsync("/2013-04-01/hostedzone", null, new PageToken("marker", "NextMarker"), CancellationToken.None))
            zones.AddRange(page.All("HostedZones", "HostedZone").Select(z => z.TextAt("Id")));

        Assert.Equal(["/hostedzone/Z1", "/hostedzone/Z2"], zones);
        Assert.Equal(["/2013-04-01/hostedzone", "/2013-04-01/hostedzone?marker=Z2"], server.Requests.Select(r => r.RawTarget));
        Assert.All(server.Requests, r => StubAccess.AssertSigned(r, "us-east-1", "route53", session: true));
    }

    [Fact]
    public async Task An_error_response_document_maps_to_code_status_message_and_request_id()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Xml(
            """
            <?xml version="1.0"?>
            <ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/">
              <Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: route53:ListHostedZones</Message></Error>
              <RequestId>0f9c-route53</RequestId>
            </ErrorResponse>
            """,
            403));
        using var client = StubAccess.Client(server, SigningNames.Route53);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.RestXmlAsync("/2013-04-01/hostedzone", null, CancellationToken.None));

        Assert.Equal(("AccessDenied", 403, "User is not authorized to perform: route53:ListHostedZones", "0f9c-route53"), (error.ErrorCode, error.StatusCode, error.Message, error.RequestId));
    }

    [Fact]
    public async Task A_bare_error_document_maps_too_with_the_request_id_from_the_header()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => StubAnswer.Xml(
            "<Error><Code>NoSuchHostedZone</Code><Message>No hosted zone found with ID: Z9</Message></Error>",
            404,
            new Dictionary<string, string> { ["x-amzn-RequestId"] = "hdr-42" }));
        using var client = StubAccess.Client(server, SigningNames.Route53);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.RestXmlAsync("/2013-04-01/hostedzone/Z9", null, CancellationToken.None));

        Assert.Equal(("NoSuchHostedZone", 404, "No hosted zone found with ID: Z9", "hdr-42"), (error.ErrorCode, error.StatusCode, error.Message, error.RequestId));
    }

    [Fact]
    public async Task An_answer_without_an_error_document_is_named_after_its_status()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => new StubAnswer(502, "<html><body>Bad gateway</body>", "text/html"));
        using var client = StubAccess.Client(server, SigningNames.CloudFront);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => client.RestXmlAsync("/2020-05-31/distribution", null, CancellationToken.None));

        Assert.Equal(("BadGateway", 502), (error.ErrorCode, error.StatusCode));
        Assert.Contains("Bad gateway", error.Message, StringComparison.Ordinal);
    }
}
