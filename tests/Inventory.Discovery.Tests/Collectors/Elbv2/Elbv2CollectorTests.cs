using Inventory.Discovery.Collectors.Elbv2;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Elbv2;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Elbv2;

/// <summary>The ELBv2 collector through the signed query client and HTTP against the stub AWS.</summary>
public sealed class Elbv2CollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";
    private const string Arn = "arn:aws:elasticloadbalancing:eu-west-1:111111111111:";
    private const string WebArn = Arn + "loadbalancer/app/web/50dc6c495c0c9188";
    private const string WebServersArn = Arn + "targetgroup/web-servers/73e2d6bc24d8a067";

    // Retries at once: the stub stops throttling after a number of answers, not after a time.

    private readonly StubAwsServer server;

    public Elbv2CollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private Elbv2Estate Estate => server.Estate.Account(AccountId).Region(Region).Elbv2();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new Elbv2Collector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubLoadBalancer Web() => new("web")
    {
        VpcId = "vpc-0a1",
        Subnets = { ["subnet-0b1"] = "eu-west-1b", ["subnet-0a1"] = "eu-west-1a" },
        SecurityGroupIds = { "sg-0web" },
        Tags = { ["Team"] = "payments" },
    };

    private static StubLoadBalancer Ingest() => new("ingest")
    {
        Type = "network",
        Id = "6a4c3c1b2e8d7f90",
        Scheme = "internal",
        State = "provisioning",
        VpcId = "vpc-0a1",
        Subnets = { ["subnet-0a1"] = "eu-west-1a", ["subnet-0b1"] = "eu-west-1b" },
        SubnetAddresses = { ["subnet-0a1"] = "52.1.2.3", ["subnet-0b1"] = "52.1.2.4" },
        Tags = { ["Name"] = "ingest-nlb" },
    };

    private static StubTargetGroup WebServers(StubLoadBalancer web) => new("web-servers")
    {
        VpcId = "vpc-0a1",
        LoadBalancers = { web },
        Targets = { new StubTarget("i-0a1"), new StubTarget("i-0b2", State: "unhealthy"), new StubTarget("i-0a1", 8080) },
        Tags = { ["Team"] = "payments" },
    };

    /// <summary>13 load balancers and 9 target groups: several pages of each, and 22 ARNs for two DescribeTags calls.</summary>
    private void ArrangeFullEstate()
    {
        var web = Web();
        var ingest = Ingest();
        Estate.LoadBalancers.Add(web);
        Estate.LoadBalancers.Add(ingest);
        for (var i = 1; i <= 11; i++)
            Estate.LoadBalancers.Add(new StubLoadBalancer($"lb-{i:00}"));
        Estate.TargetGroups.Add(WebServers(web));
        Estate.TargetGroups.Add(new StubTargetGroup("ingest-ips") { Protocol = "TCP", Port = 9000, TargetType = "ip", LoadBalancers = { ingest }, Targets = { new StubTarget("10.0.1.20", 9000) } });
        for (var i = 1; i <= 7; i++)
            Estate.TargetGroups.Add(new StubTargetGroup($"tg-{i:00}"));
    }

    [Fact]
    public async Task Every_page_is_read_every_group_asked_for_its_targets_and_tags_asked_twenty_at_a_time()
    {
        ArrangeFullEstate();

        var observations = await Scan();

        Assert.Equal(13, observations.Count(o => o.ResourceType == "elbv2:load-balancer"));
        Assert.Equal(9, observations.Count(o => o.ResourceType == "elbv2:target-group"));
        Assert.Equal(7, server.RequestsFor("elasticloadbalancing", "DescribeLoadBalancers").Count);
        Assert.Equal(5, server.RequestsFor("elasticloadbalancing", "DescribeTargetGroups").Count);
        Assert.Equal(9, server.RequestsFor("elasticloadbalancing", "DescribeTargetHealth").Count);
        Assert.Equal([20, 2], server.RequestsFor("elasticloadbalancing", "DescribeTags").Select(r => r.Parameters.Keys.Count(k => k.StartsWith("ResourceArns.member.", StringComparison.Ordinal))));
        var pages = server.RequestsFor("elasticloadbalancing", "DescribeLoadBalancers");
        Assert.Null(pages[0].Parameters.GetValueOrDefault("Marker"));
        Assert.All(pages.Skip(1), r => Assert.NotNull(r.Parameters.GetValueOrDefault("Marker")));
        Assert.All(pages, r => Assert.Equal("400", r.Parameters["PageSize"]));
        Assert.All(server.Requests, r =>
        {
            Assert.Equal("elasticloadbalancing", r.Service);
            Assert.Equal(Region, r.Region);
            Assert.Equal(AccountId, r.AccountId);
            Assert.Equal("2015-12-01", r.Parameters["Version"]);
            Assert.Equal(200, r.Status);
        });
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task An_application_load_balancer_is_mapped_field_by_field_with_its_groups_and_targets()
    {
        var web = Web();
        Estate.LoadBalancers.Add(web);
        Estate.TargetGroups.Add(WebServers(web));

        var loadBalancer = (await Scan()).Single("elbv2:load-balancer", "app/web/50dc6c495c0c9188");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = WebArn,
            ["resource_id"] = "app/web/50dc6c495c0c9188",
            ["name"] = "web",
            ["state"] = "active",
            ["tags.Team"] = "payments",
            ["dns_names"] = """["web-424835706.eu-west-1.elb.amazonaws.com"]""",
            ["related.security-group"] = """["sg-0web"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b1"]""",
            ["related.target"] = """["i-0a1","i-0b2"]""",
            ["related.target-group"] = $"""["{WebServersArn}"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.Type"] = "application",
            ["attributes.Scheme"] = "internet-facing",
            ["attributes.IpAddressType"] = "ipv4",
            ["attributes.CanonicalHostedZoneId"] = "Z32O12XQLNTSW2",
            ["attributes.CreatedTime"] = "2025-01-02T03:04:05Z",
            ["attributes.AvailabilityZones"] = """[{"ZoneName":"eu-west-1a","SubnetId":"subnet-0a1"},{"ZoneName":"eu-west-1b","SubnetId":"subnet-0b1"}]""",
        }, loadBalancer.Described());
    }

    [Fact]
    public async Task A_network_load_balancer_has_its_fixed_addresses_and_its_state_while_provisioning()
    {
        Estate.LoadBalancers.Add(Ingest());

        var loadBalancer = (await Scan()).Single("elbv2:load-balancer", "net/ingest/6a4c3c1b2e8d7f90");

        Assert.Equal(Arn + "loadbalancer/net/ingest/6a4c3c1b2e8d7f90", loadBalancer.Arn);
        Assert.Equal("ingest-nlb", loadBalancer.Name);
        Assert.Equal("provisioning", loadBalancer.State);
        Assert.Equal(["52.1.2.3", "52.1.2.4"], loadBalancer.IpAddresses);
        Assert.Equal(["ingest-6a4c3c1b2e8d7f90.elb.eu-west-1.amazonaws.com"], loadBalancer.DnsNames);
        Assert.Equal(["subnet:subnet-0a1", "subnet:subnet-0b1", "vpc:vpc-0a1"], loadBalancer.RelatedText());
        Assert.Equal("network", loadBalancer.AttributesText()["Type"]);
        Assert.Equal("internal", loadBalancer.AttributesText()["Scheme"]);
    }

    [Fact]
    public async Task A_target_group_is_mapped_field_by_field_with_its_load_balancers_and_targets()
    {
        var web = Web();
        Estate.LoadBalancers.Add(web);
        Estate.TargetGroups.Add(WebServers(web));

        var targetGroup = (await Scan()).Single("elbv2:target-group", "targetgroup/web-servers/73e2d6bc24d8a067");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = WebServersArn,
            ["resource_id"] = "targetgroup/web-servers/73e2d6bc24d8a067",
            ["name"] = "web-servers",
            ["tags.Team"] = "payments",
            ["related.load-balancer"] = $"""["{WebArn}"]""",
            ["related.target"] = """["i-0a1","i-0b2"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.Protocol"] = "HTTP",
            ["attributes.Port"] = "80",
            ["attributes.ProtocolVersion"] = "HTTP1",
            ["attributes.TargetType"] = "instance",
            ["attributes.IpAddressType"] = "ipv4",
            ["attributes.HealthCheckEnabled"] = "true",
            ["attributes.HealthCheckProtocol"] = "HTTP",
            ["attributes.HealthCheckPort"] = "traffic-port",
            ["attributes.HealthCheckPath"] = "/",
            ["attributes.HealthCheckIntervalSeconds"] = "30",
            ["attributes.HealthCheckTimeoutSeconds"] = "5",
            ["attributes.HealthyThresholdCount"] = "5",
            ["attributes.UnhealthyThresholdCount"] = "2",
            ["attributes.Matcher.HttpCode"] = "200",
        }, targetGroup.Described());
    }

    [Fact]
    public async Task An_ip_target_group_names_its_targets_by_address()
    {
        ArrangeFullEstate();

        var targetGroup = (await Scan()).Single("elbv2:target-group", "targetgroup/ingest-ips/73e2d6bc24d8a067");

        Assert.Equal(["load-balancer:" + Arn + "loadbalancer/net/ingest/6a4c3c1b2e8d7f90", "target:10.0.1.20"], targetGroup.RelatedText());
        Assert.False(targetGroup.AttributesText().ContainsKey("Matcher.HttpCode"));
    }

    [Fact]
    public async Task A_target_group_deleted_before_its_targets_are_read_is_left_out()
    {
        var web = Web();
        Estate.LoadBalancers.Add(web);
        Estate.TargetGroups.Add(WebServers(web));
        Estate.TargetGroups.Add(new StubTargetGroup("old") { LoadBalancers = { web }, GoneAfterListing = true });

        var observations = await Scan();

        Assert.Equal(["elbv2:load-balancer", "elbv2:target-group"], observations.Select(o => o.ResourceType));
        Assert.Equal($"""["{WebServersArn}"]""", observations.Single("elbv2:load-balancer", "app/web/50dc6c495c0c9188").Described()["related.target-group"]);
        Assert.Contains(server.RequestsFor("elasticloadbalancing", "DescribeTargetHealth"), r => r.ErrorCode == "TargetGroupNotFound");
    }

    [Fact]
    public async Task A_load_balancer_deleted_before_the_tag_call_is_left_out_and_the_others_keep_their_tags()
    {
        ArrangeFullEstate();
        Estate.LoadBalancers.Single(lb => lb.Name == "lb-03").GoneAfterListing = true;

        var observations = await Scan();

        Assert.Equal(12, observations.Count(o => o.ResourceType == "elbv2:load-balancer"));
        Assert.DoesNotContain(observations, o => o.ResourceId == "app/lb-03/50dc6c495c0c9188");
        Assert.Equal("payments", observations.Single("elbv2:load-balancer", "app/web/50dc6c495c0c9188").Tags["Team"]);
        // The first batch of twenty fails as a whole, then its ARNs are asked one by one; the second batch is untouched.
        var tagCalls = server.RequestsFor("elasticloadbalancing", "DescribeTags");
        Assert.Equal(1 + 20 + 1, tagCalls.Count);
        Assert.Equal(2, tagCalls.Count(r => r.ErrorCode == "LoadBalancerNotFound"));
    }

    [Theory]
    [InlineData("DescribeLoadBalancers")]
    [InlineData("DescribeTargetGroups")]
    [InlineData("DescribeTargetHealth")]
    [InlineData("DescribeTags")]
    public async Task Access_denied_on_one_operation_fails_the_scan_with_that_error_code(string action)
    {
        ArrangeFullEstate();
        server.Faults.Add("elasticloadbalancing", action, "AccessDenied", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(403, error.StatusCode);
        // Not throttling, so no call is repeated (target calls run a few at a time, so several may have been in flight).
        var calls = server.RequestsFor("elasticloadbalancing", action);
        Assert.All(calls, r => Assert.Equal(403, r.Status));
        Assert.Equal(calls.Count, calls.Select(r => r.Parameters.GetValueOrDefault("TargetGroupArn")).Distinct().Count());
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeFullEstate();
        server.Faults.Throttle("elasticloadbalancing", "DescribeLoadBalancers", times: 2);
        server.Faults.Throttle("elasticloadbalancing", "DescribeTargetHealth", times: 2);
        server.Faults.Throttle("elasticloadbalancing", "DescribeTags", times: 2);

        var observations = await Scan();

        Assert.Equal(22, observations.Count);
        Assert.Equal([400, 400, 200, 200, 200, 200, 200, 200, 200], server.RequestsFor("elasticloadbalancing", "DescribeLoadBalancers").Select(r => r.Status));
        Assert.Equal(11, server.RequestsFor("elasticloadbalancing", "DescribeTargetHealth").Count);
        Assert.Equal([400, 400, 200, 200], server.RequestsFor("elasticloadbalancing", "DescribeTags").Select(r => r.Status));
        Assert.Equal("payments", observations.Single("elbv2:target-group", "targetgroup/web-servers/73e2d6bc24d8a067").Tags["Team"]);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_attempts_fails_the_scan_as_throttled()
    {
        ArrangeFullEstate();
        server.Faults.Throttle("elasticloadbalancing", "DescribeTags", times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal("Throttling", error.ErrorCode);
        Assert.Equal(StubScans.FastBackoff.MaxAttempts, server.RequestsFor("elasticloadbalancing", "DescribeTags").Count);
    }

    [Fact]
    public async Task A_cancelled_scan_stops_with_cancellation_before_calling_aws()
    {
        ArrangeFullEstate();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new Elbv2Collector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), cancellation.Token));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_empty_region_yields_nothing()
    {
        Assert.Empty(await Scan());
        Assert.Equal(["DescribeLoadBalancers", "DescribeTargetGroups"], server.Requests.Select(r => r.Action));
        Assert.Empty(server.HandlerFailures);
    }
}
