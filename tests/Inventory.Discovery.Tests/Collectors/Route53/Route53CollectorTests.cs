using Inventory.Discovery.Collectors.Route53;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Route53;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Route53;

/// <summary>The Route 53 collector through the signed client and HTTP against the stub AWS.</summary>
public sealed class Route53CollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string ApiRegion = "us-east-1";

    // Retries at once: throttling tests must not sleep.

    private readonly StubAwsServer server;

    public Route53CollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private Route53Estate Estate => server.Estate.Account(AccountId).Route53();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new Route53Collector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), ApiRegion), CancellationToken.None);

    /// <summary>Seven record sets: at two per page the pages start at a plain name and type, and once at a set identifier.</summary>
    private static StubHostedZone ExampleCom() => new("Z0EXAMPLE1", "example.com.")
    {
        Comment = "public zone",
        Tags = { ["Team"] = "web" },
        RecordSets =
        {
            new StubRecordSet("example.com.", "NS") { Ttl = 172800, Values = ["ns-1.awsdns-01.org.", "ns-2.awsdns-02.com."] },
            new StubRecordSet("example.com.", "SOA") { Ttl = 900, Values = ["ns-1.awsdns-01.org. hostmaster.example.com. 1 7200 900 1209600 86400"] },
            new StubRecordSet("example.com.", "A") { AliasDnsName = "dualstack.web-alb-123456.eu-west-1.elb.amazonaws.com.", AliasHostedZoneId = "Z32O12XQLNTSW2" },
            new StubRecordSet("www.example.com.", "CNAME") { SetIdentifier = "blue", Weight = 90, Values = ["blue.example.net"] },
            new StubRecordSet("www.example.com.", "CNAME") { SetIdentifier = "green", Weight = 10, Values = ["green.example.net"] },
            new StubRecordSet("cdn.example.com.", "A") { AliasDnsName = "d111111abcdef8.cloudfront.net." },
            new StubRecordSet("mail.example.com.", "MX") { Values = ["10 mx.example.net."] },
        },
    };

    private void ArrangeThreeZones()
    {
        Estate.HostedZones.Add(ExampleCom());
        Estate.HostedZones.Add(new StubHostedZone("Z0INTERNAL2", "internal.example.") { PrivateZone = true, Tags = { ["Name"] = "internal dns" } });
        Estate.HostedZones.Add(new StubHostedZone("Z0EMPTY3", "empty.example.org."));
    }

    [Fact]
    public async Task Every_page_of_zones_and_of_record_sets_is_read()
    {
        ArrangeThreeZones();

        var observations = await Scan();

        Assert.Equal(["Z0EXAMPLE1", "Z0INTERNAL2", "Z0EMPTY3"], observations.Select(o => o.ResourceId));
        // The marker of the second page is the id of its first zone.
        Assert.Equal([null, "Z0EMPTY3"], server.RequestsFor("route53", "ListHostedZones").Select(r => r.Parameters.GetValueOrDefault("marker")));
        Assert.All(server.RequestsFor("route53", "ListHostedZones"), r => Assert.Equal("100", r.Parameters["maxitems"]));
        Assert.Equal(
            ["/2013-04-01/tags/hostedzone/Z0EXAMPLE1", "/2013-04-01/tags/hostedzone/Z0INTERNAL2", "/2013-04-01/tags/hostedzone/Z0EMPTY3"],
            server.RequestsFor("route53", "ListTagsForResource").Select(r => r.Path));

        // Listing order is by reversed name (com.example < com.example.cdn < ...), then type, then set identifier.
        var recordPages = server.RequestsFor("route53", "ListResourceRecordSets").Where(r => r.Path.Contains("Z0EXAMPLE1", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                (null, null, null),
                ("example.com.", "SOA", null),
                ("mail.example.com.", "MX", null),
                ("www.example.com.", "CNAME", "green"),
            ],
            recordPages.Select(r => (r.Parameters.GetValueOrDefault("name"), r.Parameters.GetValueOrDefault("type"), r.Parameters.GetValueOrDefault("identifier"))));
        Assert.All(recordPages, r => Assert.Equal("300", r.Parameters["maxitems"]));
        Assert.Equal(6, server.RequestsFor("route53", "ListResourceRecordSets").Count);
        Assert.All(server.Requests, r => Assert.Equal((ApiRegion, 200), (r.Region, r.Status)));
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task A_hosted_zone_is_mapped_field_by_field_with_its_aliases_as_related_names()
    {
        Estate.HostedZones.Add(ExampleCom());

        var zone = (await Scan()).Single("route53:hosted-zone", "Z0EXAMPLE1");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:route53:::hostedzone/Z0EXAMPLE1",
            ["resource_id"] = "Z0EXAMPLE1",
            ["name"] = "example.com",
            ["tags.Team"] = "web",
            ["related.alias"] = """["d111111abcdef8.cloudfront.net","web-alb-123456.eu-west-1.elb.amazonaws.com"]""",
            ["attributes.PrivateZone"] = "false",
            ["attributes.ResourceRecordSetCount"] = "7",
            ["attributes.Comment"] = "public zone",
            ["attributes.Records"] =
                """["cdn.example.com A","example.com A","example.com NS","example.com SOA","mail.example.com MX","www.example.com CNAME"]""",
        }, zone.Described());
    }

    [Fact]
    public async Task A_private_zone_says_so_and_a_name_tag_names_it()
    {
        ArrangeThreeZones();

        var zone = (await Scan()).Single("route53:hosted-zone", "Z0INTERNAL2");

        Assert.Equal("internal dns", zone.Name);
        Assert.Equal("true", zone.AttributesText()["PrivateZone"]);
        Assert.Equal("0", zone.AttributesText()["ResourceRecordSetCount"]);
        Assert.Empty(zone.Related);
    }

    [Fact]
    public async Task Access_denied_on_record_sets_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeThreeZones();
        server.Faults.Add("route53", "ListResourceRecordSets", "AccessDenied", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal(("AccessDenied", 403), (error.ErrorCode, error.StatusCode));
        Assert.Single(server.RequestsFor("route53", "ListResourceRecordSets"));
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeThreeZones();
        server.Faults.Throttle("route53", "ListHostedZones", times: 2);
        server.Faults.Throttle("route53", "ListResourceRecordSets", times: 2);

        var observations = await Scan();

        Assert.Equal(3, observations.Count);
        Assert.Equal([400, 400, 200, 200], server.RequestsFor("route53", "ListHostedZones").Select(r => r.Status));
        Assert.Equal([400, 400, 200, 200, 200, 200, 200, 200], server.RequestsFor("route53", "ListResourceRecordSets").Select(r => r.Status));
        Assert.Equal("Throttling", server.RequestsFor("route53", "ListHostedZones")[0].ErrorCode);
        Assert.Equal("7", observations.Single("route53:hosted-zone", "Z0EXAMPLE1").AttributesText()["ResourceRecordSetCount"]);
        Assert.Equal(
            """["cdn.example.com A","example.com A","example.com NS","example.com SOA","mail.example.com MX","www.example.com CNAME"]""",
            observations.Single("route53:hosted-zone", "Z0EXAMPLE1").AttributesText()["Records"]);
    }

    [Fact]
    public async Task A_zone_deleted_between_list_and_its_details_is_left_out()
    {
        ArrangeThreeZones();
        server.Faults.Add("route53", "ListTagsForResource", "NoSuchHostedZone", 404);

        var observations = await Scan();

        Assert.Equal(["Z0INTERNAL2", "Z0EMPTY3"], observations.Select(o => o.ResourceId));
    }
}
