using Inventory.Discovery.Collectors.Msk;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Msk;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Msk;

/// <summary>The MSK collector through the signed client and HTTP against the stub AWS.</summary>
public sealed class MskCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";

    // Retries without waiting, so throttling tests take no time.

    private readonly StubAwsServer server;

    public MskCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private MskEstate Estate => server.Estate.Account(AccountId).Region(Region).Msk();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new MskCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubMskCluster Events() => new("events")
    {
        Id = "0b6a3c1e-7d2f-4a8b-9c5d-1e2f3a4b5c6d-3",
        KafkaVersion = "3.5.1",
        InstanceType = "kafka.m5.xlarge",
        BrokerCount = 6,
        VolumeSize = 500,
        SubnetIds = { "subnet-0a1", "subnet-0b2", "subnet-0c3" },
        SecurityGroupIds = { "sg-0kafka" },
        Tags = { ["Name"] = "event-bus", ["team"] = "streaming" },
    };

    private void ArrangeFiveClusters()
    {
        Estate.Clusters.Add(Events());
        Estate.Clusters.Add(new StubMskCluster("serverless-1") { Serverless = true, SubnetIds = { "subnet-0s1" }, SecurityGroupIds = { "sg-0s1" } });
        for (var i = 1; i <= 3; i++)
            Estate.Clusters.Add(new StubMskCluster($"team-{i}"));
    }

    [Fact]
    public async Task Every_page_of_clusters_is_read()
    {
        ArrangeFiveClusters();

        var observations = await Scan();

        Assert.Equal(["events", "serverless-1", "team-1", "team-2", "team-3"], observations.Select(o => o.ResourceId));
        Assert.All(observations, o => Assert.Equal("msk:cluster", o.ResourceType));
        var pages = server.RequestsFor("kafka", "ListClustersV2");
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal("100", p.Parameters["maxResults"]));
        Assert.False(pages[0].Parameters.ContainsKey("nextToken"));
        Assert.NotEmpty(pages[2].Parameters["nextToken"]);
        Assert.All(server.Requests, r => Assert.Equal(200, r.Status));
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task Requests_are_signed_for_kafka_in_the_scopes_region_with_the_accounts_key()
    {
        ArrangeFiveClusters();

        await Scan();

        Assert.All(server.Requests, r =>
            Assert.Equal(("kafka", Region, AccountId, "AKIASTUB" + AccountId, "GET"), (r.Service, r.Region, r.AccountId, r.AccessKeyId, r.Method)));
    }

    [Fact]
    public async Task A_provisioned_cluster_is_mapped_field_by_field()
    {
        Estate.Clusters.Add(Events());

        var cluster = (await Scan()).Single("msk:cluster", "events");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:kafka:eu-west-1:111111111111:cluster/events/0b6a3c1e-7d2f-4a8b-9c5d-1e2f3a4b5c6d-3",
            ["resource_id"] = "events",
            ["name"] = "event-bus",
            ["state"] = "ACTIVE",
            ["tags.Name"] = "event-bus",
            ["tags.team"] = "streaming",
            ["related.security-group"] = """["sg-0kafka"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b2","subnet-0c3"]""",
            ["attributes.clusterType"] = "PROVISIONED",
            ["attributes.creationTime"] = "2025-01-05T06:07:08.901Z",
            ["attributes.provisioned.brokerNodeGroupInfo.brokerAZDistribution"] = "DEFAULT",
            ["attributes.provisioned.brokerNodeGroupInfo.clientSubnets"] = """["subnet-0a1","subnet-0b2","subnet-0c3"]""",
            ["attributes.provisioned.brokerNodeGroupInfo.instanceType"] = "kafka.m5.xlarge",
            ["attributes.provisioned.brokerNodeGroupInfo.securityGroups"] = """["sg-0kafka"]""",
            ["attributes.provisioned.brokerNodeGroupInfo.storageInfo.ebsStorageInfo.volumeSize"] = "500",
            ["attributes.provisioned.currentBrokerSoftwareInfo.kafkaVersion"] = "3.5.1",
            ["attributes.provisioned.encryptionInfo.encryptionInTransit.clientBroker"] = "TLS",
            ["attributes.provisioned.encryptionInfo.encryptionInTransit.inCluster"] = "true",
            ["attributes.provisioned.enhancedMonitoring"] = "DEFAULT",
            ["attributes.provisioned.numberOfBrokerNodes"] = "6",
            ["attributes.provisioned.storageMode"] = "LOCAL",
        }, cluster.Described());
    }

    [Fact]
    public async Task A_serverless_cluster_relates_to_the_subnets_and_groups_of_its_vpc_configs()
    {
        ArrangeFiveClusters();

        var cluster = (await Scan()).Single("msk:cluster", "serverless-1");

        Assert.Equal(["security-group:sg-0s1", "subnet:subnet-0s1"], cluster.RelatedText());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["clusterType"] = "SERVERLESS",
                ["creationTime"] = "2025-01-05T06:07:08.901Z",
                ["serverless.clientAuthentication.sasl.iam.enabled"] = "true",
            },
            cluster.AttributesText());
    }

    [Fact]
    public async Task A_deleting_cluster_comes_with_its_state()
    {
        Estate.Clusters.Add(new StubMskCluster("retired") { State = "DELETING" });
        Estate.Clusters.Add(new StubMskCluster("broken") { State = "FAILED" });

        var observations = await Scan();

        Assert.Equal("DELETING", observations.Single("msk:cluster", "retired").State);
        Assert.Equal("FAILED", observations.Single("msk:cluster", "broken").State);
    }

    [Fact]
    public async Task Access_denied_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeFiveClusters();
        server.Faults.Add("kafka", "ListClustersV2", "AccessDeniedException", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal(("AccessDeniedException", 403), (error.ErrorCode, error.StatusCode));
        Assert.Single(server.RequestsFor("kafka", "ListClustersV2"));
    }

    [Fact]
    public async Task Too_many_requests_twice_then_success_returns_everything()
    {
        ArrangeFiveClusters();
        server.Faults.Add("kafka", "ListClustersV2", "TooManyRequestsException", 429, times: 2);

        var observations = await Scan();

        Assert.Equal(5, observations.Count);
        Assert.Equal([429, 429, 200, 200, 200], server.RequestsFor("kafka", "ListClustersV2").Select(r => r.Status));
    }

    [Fact]
    public async Task An_empty_region_yields_nothing()
    {
        Assert.Empty(await Scan());
        Assert.Single(server.RequestsFor("kafka", "ListClustersV2"));
        Assert.Equal(("msk", false), (new MskCollector().Service, new MskCollector().IsGlobal));
    }
}
