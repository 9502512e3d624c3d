using Inventory.Discovery.Collectors.OpenSearch;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.OpenSearch;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.OpenSearch;

/// <summary>The OpenSearch collector through the signed client and HTTP against the stub AWS.</summary>
public sealed class OpenSearchCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";

    // Retries without waiting, so throttling tests take no time.

    private readonly StubAwsServer server;

    public OpenSearchCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private OpenSearchEstate Estate => server.Estate.Account(AccountId).Region(Region).OpenSearch();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new OpenSearchCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubDomain Logs() => new("logs")
    {
        EndpointId = "k2pvlyh4aqm2w6d5lyd3ge5zqu",
        EngineVersion = "OpenSearch_2.13",
        InstanceType = "m6g.large.search",
        InstanceCount = 3,
        VolumeSize = 100,
        VpcId = "vpc-0a1",
        SubnetIds = { "subnet-0a1", "subnet-0b2" },
        SecurityGroupIds = { "sg-0search" },
        AvailabilityZones = { "eu-west-1a", "eu-west-1b" },
        AccessPolicies = """{"Version":"2012-10-17","Statement":[]}""",
        Tags = { ["Name"] = "central-logs", ["team"] = "platform" },
    };

    private void ArrangeSevenDomains()
    {
        Estate.Domains.Add(Logs());
        for (var i = 1; i <= 6; i++)
            Estate.Domains.Add(new StubDomain($"search-{i}") { Tags = { ["index"] = $"{i}" } });
    }

    [Fact]
    public async Task Every_domain_is_described_five_at_a_time_and_gets_its_tags()
    {
        ArrangeSevenDomains();

        var observations = await Scan();

        Assert.Equal(
            ["111111111111/logs", .. Enumerable.Range(1, 6).Select(i => $"111111111111/search-{i}")],
            observations.Select(o => o.ResourceId));
        Assert.All(observations, o => Assert.Equal("opensearch:domain", o.ResourceType));
        Assert.Equal("6", observations.Single("opensearch:domain", "111111111111/search-6").Tags["index"]);
        Assert.Single(server.RequestsFor("es", "ListDomainNames"));
        // Seven names at five a call.
        Assert.Equal(2, server.RequestsFor("es", "DescribeDomains").Count);
        Assert.Equal(7, server.RequestsFor("es", "ListTags").Count);
        Assert.All(server.Requests, r => Assert.Equal(200, r.Status));
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task Describe_domains_is_a_signed_json_post_and_the_rest_are_signed_gets()
    {
        ArrangeSevenDomains();

        await Scan();

        Assert.All(server.Requests, r => Assert.Equal(("es", Region, AccountId, "AKIASTUB" + AccountId), (r.Service, r.Region, r.AccountId, r.AccessKeyId)));
        Assert.All(server.RequestsFor("es", "DescribeDomains"), r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("application/json", r.Header("Content-Type"));
        });
        Assert.All(server.RequestsFor("es", "ListTags"), r => Assert.Equal("GET", r.Method));
        Assert.Equal("arn:aws:es:eu-west-1:111111111111:domain/logs", server.RequestsFor("es", "ListTags")[0].Parameters["arn"]);
    }

    [Fact]
    public async Task A_vpc_domain_is_mapped_field_by_field()
    {
        Estate.Domains.Add(Logs());

        var domain = (await Scan()).Single("opensearch:domain", "111111111111/logs");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:es:eu-west-1:111111111111:domain/logs",
            ["resource_id"] = "111111111111/logs",
            ["name"] = "central-logs",
            ["state"] = "active",
            ["tags.Name"] = "central-logs",
            ["tags.team"] = "platform",
            ["dns_names"] = """["vpc-logs-k2pvlyh4aqm2w6d5lyd3ge5zqu.eu-west-1.es.amazonaws.com"]""",
            ["related.security-group"] = """["sg-0search"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b2"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.EngineVersion"] = "OpenSearch_2.13",
            ["attributes.ClusterConfig.InstanceType"] = "m6g.large.search",
            ["attributes.ClusterConfig.InstanceCount"] = "3",
            ["attributes.ClusterConfig.DedicatedMasterEnabled"] = "false",
            ["attributes.ClusterConfig.ZoneAwarenessEnabled"] = "true",
            ["attributes.ClusterConfig.ZoneAwarenessConfig.AvailabilityZoneCount"] = "2",
            ["attributes.ClusterConfig.WarmEnabled"] = "false",
            ["attributes.ClusterConfig.ColdStorageOptions.Enabled"] = "false",
            ["attributes.ClusterConfig.MultiAZWithStandbyEnabled"] = "false",
            ["attributes.EBSOptions.EBSEnabled"] = "true",
            ["attributes.EBSOptions.VolumeType"] = "gp3",
            ["attributes.EBSOptions.VolumeSize"] = "100",
            ["attributes.EBSOptions.Iops"] = "3000",
            ["attributes.EBSOptions.Throughput"] = "125",
            ["attributes.EncryptionAtRestOptions.Enabled"] = "true",
            ["attributes.EncryptionAtRestOptions.KmsKeyId"] = "arn:aws:kms:eu-west-1:111111111111:key/stub",
            ["attributes.NodeToNodeEncryptionOptions.Enabled"] = "true",
            ["attributes.DomainEndpointOptions.EnforceHTTPS"] = "true",
            ["attributes.DomainEndpointOptions.TLSSecurityPolicy"] = "Policy-Min-TLS-1-2-2019-07",
            ["attributes.DomainEndpointOptions.CustomEndpointEnabled"] = "false",
            ["attributes.AdvancedSecurityOptions.Enabled"] = "false",
            ["attributes.AdvancedSecurityOptions.InternalUserDatabaseEnabled"] = "false",
            ["attributes.AdvancedSecurityOptions.AnonymousAuthEnabled"] = "false",
            ["attributes.IPAddressType"] = "ipv4",
            ["attributes.AccessPolicies"] = """{"Version":"2012-10-17","Statement":[]}""",
        }, domain.Described());
    }

    [Fact]
    public async Task A_public_domain_is_reached_by_its_endpoint_and_its_custom_endpoint()
    {
        Estate.Domains.Add(new StubDomain("docs") { EndpointId = "q4zyx3pmlf2bqw7n5aoc6dheri", CustomEndpoint = "search.example.com" });

        var domain = (await Scan()).Single("opensearch:domain", "111111111111/docs");

        Assert.Equal(["search-docs-q4zyx3pmlf2bqw7n5aoc6dheri.eu-west-1.es.amazonaws.com", "search.example.com"], domain.DnsNames);
        Assert.Empty(domain.Related);
    }

    [Fact]
    public async Task The_state_comes_from_the_flags_and_a_deleted_domain_is_deleting()
    {
        Estate.Domains.Add(new StubDomain("going") { Deleted = true });
        Estate.Domains.Add(new StubDomain("coming") { Created = false });
        Estate.Domains.Add(new StubDomain("resizing") { Processing = true });
        Estate.Domains.Add(new StubDomain("upgrading") { Processing = true, UpgradeProcessing = true });
        Estate.Domains.Add(new StubDomain("steady"));

        var states = (await Scan()).ToDictionary(o => o.Name!, o => o.State);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["going"] = "deleting", ["coming"] = "creating", ["resizing"] = "processing", ["upgrading"] = "upgrading", ["steady"] = "active",
            },
            states);
        Assert.Equal(GoneReason.Deleting, TerminalStates.Classify(states["going"]));
    }

    [Fact]
    public async Task A_domain_deleted_between_describing_and_tagging_is_left_out()
    {
        ArrangeSevenDomains();
        server.Faults.Add("es", "ListTags", "ResourceNotFoundException", 409, times: 1);

        var observations = await Scan();

        Assert.Equal(6, observations.Count);
        Assert.DoesNotContain(observations, o => o.Name == "central-logs");
    }

    [Fact]
    public async Task Access_denied_on_describe_domains_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeSevenDomains();
        server.Faults.Add("es", "DescribeDomains", "AccessDeniedException", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal(("AccessDeniedException", 403), (error.ErrorCode, error.StatusCode));
        Assert.Single(server.RequestsFor("es", "DescribeDomains"));
        Assert.Empty(server.RequestsFor("es", "ListTags"));
    }

    [Fact]
    public async Task Too_many_requests_twice_then_success_returns_everything()
    {
        ArrangeSevenDomains();
        server.Faults.Add("es", "DescribeDomains", "TooManyRequestsException", 429, times: 2);
        server.Faults.Add("es", "ListTags", "TooManyRequestsException", 429, times: 2);

        var observations = await Scan();

        Assert.Equal(7, observations.Count);
        Assert.Equal([429, 429, 200, 200], server.RequestsFor("es", "DescribeDomains").Select(r => r.Status));
        Assert.Equal(9, server.RequestsFor("es", "ListTags").Count);
    }

    [Fact]
    public async Task An_empty_region_yields_nothing_without_describing()
    {
        Assert.Empty(await Scan());
        Assert.Single(server.RequestsFor("es", "ListDomainNames"));
        Assert.Empty(server.RequestsFor("es", "DescribeDomains"));
        Assert.Equal(("opensearch", false), (new OpenSearchCollector().Service, new OpenSearchCollector().IsGlobal));
    }
}
