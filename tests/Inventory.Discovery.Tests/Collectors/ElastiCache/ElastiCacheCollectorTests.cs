using Inventory.Discovery.Collectors.ElastiCache;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.ElastiCache;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.ElastiCache;

/// <summary>The ElastiCache collector through the signed query client and HTTP against the stub AWS.</summary>
public sealed class ElastiCacheCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";
    private const string Arn = "arn:aws:elasticache:eu-west-1:111111111111:";

    // Retries at once: the stub stops throttling after a number of answers, not after a time.

    private readonly StubAwsServer server;

    public ElastiCacheCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private ElastiCacheEstate Estate => server.Estate.Account(AccountId).Region(Region).ElastiCache();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new ElastiCacheCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubCacheSubnetGroup CacheSubnets() =>
        new("cache-subnets", "vpc-0a1") { Subnets = { ["subnet-0a1"] = "eu-west-1a", ["subnet-0b1"] = "eu-west-1b" } };

    private static StubCacheCluster SessionsNode(string id, string zone) => new(id)
    {
        ReplicationGroupId = "sessions",
        PreferredAvailabilityZone = zone,
        NodeAddresses = { $"{id}.abc123.0001.euw1.cache.amazonaws.com" },
        SubnetGroupName = "cache-subnets",
        SecurityGroupIds = { "sg-0cache" },
        TransitEncryptionEnabled = true,
        AtRestEncryptionEnabled = true,
        Tags = { ["Team"] = "web" },
    };

    private static StubReplicationGroup Sessions() => new("sessions")
    {
        Description = "Web sessions",
        PrimaryEndpoint = "master.sessions.abc123.euw1.cache.amazonaws.com",
        ReaderEndpoint = "replica.sessions.abc123.euw1.cache.amazonaws.com",
        Tags = { ["Name"] = "sessions-redis", ["Team"] = "web" },
    };

    private static StubCacheCluster Catalogue() => new("catalogue-mc")
    {
        Engine = "memcached",
        EngineVersion = "1.6.22",
        Port = 11211,
        ConfigurationEndpoint = "catalogue-mc.abc123.cfg.euw1.cache.amazonaws.com",
        NodeAddresses = { "catalogue-mc.abc123.0001.euw1.cache.amazonaws.com", "catalogue-mc.abc123.0002.euw1.cache.amazonaws.com" },
        SubnetGroupName = "cache-subnets",
        SecurityGroupIds = { "sg-0cache" },
        Tags = { ["Name"] = "catalogue" },
    };

    private void ArrangeFullEstate()
    {
        Estate.SubnetGroups.Add(CacheSubnets());
        Estate.SubnetGroups.Add(new StubCacheSubnetGroup("batch-subnets", "vpc-0b2"));
        Estate.SubnetGroups.Add(new StubCacheSubnetGroup("spare-subnets", "vpc-0c3"));
        Estate.Clusters.Add(SessionsNode("sessions-001", "eu-west-1a"));
        Estate.Clusters.Add(SessionsNode("sessions-002", "eu-west-1b"));
        Estate.Clusters.Add(Catalogue());
        Estate.Clusters.Add(new StubCacheCluster("queues-001") { ReplicationGroupId = "queues", SubnetGroupName = "batch-subnets" });
        Estate.Clusters.Add(new StubCacheCluster("locks-001") { ReplicationGroupId = "locks" });
        Estate.ReplicationGroups.Add(Sessions());
        Estate.ReplicationGroups.Add(new StubReplicationGroup("queues"));
        Estate.ReplicationGroups.Add(new StubReplicationGroup("locks") { ConfigurationEndpoint = "clustercfg.locks.abc123.euw1.cache.amazonaws.com" });
    }

    [Fact]
    public async Task Every_page_is_read_and_every_resource_is_tagged()
    {
        ArrangeFullEstate();

        var observations = await Scan();

        Assert.Equal(["catalogue-mc", "locks-001", "queues-001", "sessions-001", "sessions-002"], Ids(observations, "elasticache:cluster"));
        Assert.Equal(["locks", "queues", "sessions"], Ids(observations, "elasticache:replication-group"));
        Assert.Equal(8, observations.Count);
        // Five clusters, three replication groups and three subnet groups at two per page.
        Assert.Equal(3, server.RequestsFor("elasticache", "DescribeCacheClusters").Count);
        Assert.Equal(2, server.RequestsFor("elasticache", "DescribeReplicationGroups").Count);
        Assert.Equal(2, server.RequestsFor("elasticache", "DescribeCacheSubnetGroups").Count);
        Assert.Equal(
            observations.Select(o => o.Arn).Order(StringComparer.Ordinal),
            server.RequestsFor("elasticache", "ListTagsForResource").Select(r => r.Parameters["ResourceName"]).Order(StringComparer.Ordinal));
        Assert.All(server.RequestsFor("elasticache", "DescribeCacheClusters"), r => Assert.Equal("true", r.Parameters["ShowCacheNodeInfo"]));
        Assert.All(server.Requests, r =>
        {
            Assert.Equal("elasticache", r.Service);
            Assert.Equal(Region, r.Region);
            Assert.Equal(AccountId, r.AccountId);
            Assert.Equal("2015-02-02", r.Parameters["Version"]);
            Assert.Equal(200, r.Status);
        });
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task A_redis_node_is_mapped_field_by_field()
    {
        Estate.SubnetGroups.Add(CacheSubnets());
        Estate.Clusters.Add(SessionsNode("sessions-001", "eu-west-1a"));

        var cluster = (await Scan()).Single("elasticache:cluster", "sessions-001");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = Arn + "cluster:sessions-001",
            ["resource_id"] = "sessions-001",
            ["name"] = "sessions-001",
            ["state"] = "available",
            ["tags.Team"] = "web",
            ["dns_names"] = """["sessions-001.abc123.0001.euw1.cache.amazonaws.com"]""",
            ["related.replication-group"] = """["sessions"]""",
            ["related.security-group"] = """["sg-0cache"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b1"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.Engine"] = "redis",
            ["attributes.EngineVersion"] = "7.1.0",
            ["attributes.CacheNodeType"] = "cache.t3.micro",
            ["attributes.NumCacheNodes"] = "1",
            ["attributes.PreferredAvailabilityZone"] = "eu-west-1a",
            ["attributes.Port"] = "6379",
            ["attributes.CacheSubnetGroupName"] = "cache-subnets",
            ["attributes.CacheParameterGroupName"] = "default.redis7",
            ["attributes.ReplicationGroupId"] = "sessions",
            ["attributes.CacheClusterCreateTime"] = "2025-01-02T03:04:05Z",
            ["attributes.PreferredMaintenanceWindow"] = "sun:05:00-sun:06:00",
            ["attributes.SnapshotRetentionLimit"] = "0",
            ["attributes.SnapshotWindow"] = "04:00-05:00",
            ["attributes.AutoMinorVersionUpgrade"] = "true",
            ["attributes.AuthTokenEnabled"] = "false",
            ["attributes.TransitEncryptionEnabled"] = "true",
            ["attributes.AtRestEncryptionEnabled"] = "true",
            ["attributes.NetworkType"] = "ipv4",
            ["attributes.IpDiscovery"] = "ipv4",
            ["attributes.CacheNodes"] = """[{"CacheNodeId":"0001","CustomerAvailabilityZone":"eu-west-1a"}]""",
        }, cluster.Described());
    }

    [Fact]
    public async Task A_memcached_cluster_is_reached_by_its_configuration_endpoint_and_every_node()
    {
        Estate.SubnetGroups.Add(CacheSubnets());
        Estate.Clusters.Add(Catalogue());

        var cluster = (await Scan()).Single("elasticache:cluster", "catalogue-mc");

        Assert.Equal("catalogue", cluster.Name);
        Assert.Equal(
            ["catalogue-mc.abc123.cfg.euw1.cache.amazonaws.com", "catalogue-mc.abc123.0001.euw1.cache.amazonaws.com", "catalogue-mc.abc123.0002.euw1.cache.amazonaws.com"],
            cluster.DnsNames);
        Assert.Equal(["security-group:sg-0cache", "subnet:subnet-0a1", "subnet:subnet-0b1", "vpc:vpc-0a1"], cluster.RelatedText());
        var attributes = cluster.AttributesText();
        Assert.Equal("memcached", attributes["Engine"]);
        Assert.Equal("11211", attributes["Port"]);
        Assert.Equal("2", attributes["NumCacheNodes"]);
    }

    [Fact]
    public async Task A_replication_group_names_its_endpoints_its_member_clusters_and_their_network()
    {
        Estate.SubnetGroups.Add(CacheSubnets());
        Estate.Clusters.Add(SessionsNode("sessions-001", "eu-west-1a"));
        Estate.Clusters.Add(SessionsNode("sessions-002", "eu-west-1b"));
        Estate.ReplicationGroups.Add(Sessions());

        var group = (await Scan()).Single("elasticache:replication-group", "sessions");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = Arn + "replicationgroup:sessions",
            ["resource_id"] = "sessions",
            ["name"] = "sessions-redis",
            ["state"] = "available",
            ["tags.Name"] = "sessions-redis",
            ["tags.Team"] = "web",
            ["dns_names"] = """["master.sessions.abc123.euw1.cache.amazonaws.com","replica.sessions.abc123.euw1.cache.amazonaws.com"]""",
            ["related.cluster"] = """["sessions-001","sessions-002"]""",
            ["related.security-group"] = """["sg-0cache"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b1"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.Description"] = "Web sessions",
            ["attributes.Engine"] = "redis",
            ["attributes.CacheNodeType"] = "cache.t3.micro",
            ["attributes.ClusterEnabled"] = "false",
            ["attributes.ClusterMode"] = "disabled",
            ["attributes.NodeGroupCount"] = "1",
            ["attributes.Port"] = "6379",
            ["attributes.AutomaticFailover"] = "enabled",
            ["attributes.MultiAZ"] = "enabled",
            ["attributes.ReplicationGroupCreateTime"] = "2025-01-02T03:04:05Z",
            ["attributes.SnapshotRetentionLimit"] = "1",
            ["attributes.SnapshotWindow"] = "04:00-05:00",
            ["attributes.AutoMinorVersionUpgrade"] = "true",
            ["attributes.AuthTokenEnabled"] = "false",
            ["attributes.TransitEncryptionEnabled"] = "true",
            ["attributes.TransitEncryptionMode"] = "required",
            ["attributes.AtRestEncryptionEnabled"] = "true",
            ["attributes.DataTiering"] = "disabled",
            ["attributes.NetworkType"] = "ipv4",
            ["attributes.IpDiscovery"] = "ipv4",
        }, group.Described());
    }

    [Fact]
    public async Task A_sharded_replication_group_is_reached_by_its_configuration_endpoint()
    {
        Estate.ReplicationGroups.Add(new StubReplicationGroup("locks") { ConfigurationEndpoint = "clustercfg.locks.abc123.euw1.cache.amazonaws.com" });

        var group = (await Scan()).Single("elasticache:replication-group", "locks");

        Assert.Equal(["clustercfg.locks.abc123.euw1.cache.amazonaws.com"], group.DnsNames);
        Assert.Equal("true", group.AttributesText()["ClusterEnabled"]);
    }

    [Fact]
    public async Task Resources_answered_without_an_arn_get_aws_format_arns_and_are_tagged_by_them()
    {
        Estate.Clusters.Add(new StubCacheCluster("old-001") { AnswersArn = false, Tags = { ["Name"] = "old" } });
        Estate.ReplicationGroups.Add(new StubReplicationGroup("old") { AnswersArn = false, Tags = { ["Name"] = "old-group" } });

        var observations = await Scan();

        var cluster = observations.Single("elasticache:cluster", "old-001");
        Assert.Equal(Arn + "cluster:old-001", cluster.Arn);
        Assert.Equal("old", cluster.Name);
        var group = observations.Single("elasticache:replication-group", "old");
        Assert.Equal(Arn + "replicationgroup:old", group.Arn);
        Assert.Equal("old-group", group.Name);
    }

    [Fact]
    public async Task Resources_deleted_between_the_list_and_their_tag_call_are_left_out()
    {
        ArrangeFullEstate();
        Estate.Clusters.Single(c => c.CacheClusterId == "queues-001").GoneAfterListing = true;
        Estate.ReplicationGroups.Single(g => g.ReplicationGroupId == "queues").GoneAfterListing = true;

        var observations = await Scan();

        Assert.Equal(["catalogue-mc", "locks-001", "sessions-001", "sessions-002"], Ids(observations, "elasticache:cluster"));
        Assert.Equal(["locks", "sessions"], Ids(observations, "elasticache:replication-group"));
        Assert.Equal(
            ["CacheClusterNotFound", "ReplicationGroupNotFoundFault"],
            server.RequestsFor("elasticache", "ListTagsForResource").Select(r => r.ErrorCode).OfType<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_deleting_cluster_comes_through_with_its_state()
    {
        Estate.Clusters.Add(new StubCacheCluster("old-001") { Status = "deleting" });

        Assert.Equal("deleting", (await Scan()).Single("elasticache:cluster", "old-001").State);
    }

    [Theory]
    [InlineData("DescribeCacheClusters")]
    [InlineData("DescribeReplicationGroups")]
    [InlineData("DescribeCacheSubnetGroups")]
    [InlineData("ListTagsForResource")]
    public async Task Access_denied_on_one_operation_fails_the_scan_with_that_error_code(string action)
    {
        ArrangeFullEstate();
        server.Faults.Add("elasticache", action, "AccessDenied", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(403, error.StatusCode);
        // Not throttling, so no call is repeated (tag calls run a few at a time, so several may have been in flight).
        var calls = server.RequestsFor("elasticache", action);
        Assert.All(calls, r => Assert.Equal(403, r.Status));
        Assert.Equal(calls.Count, calls.Select(r => (r.Parameters.GetValueOrDefault("ResourceName"), r.Parameters.GetValueOrDefault("Marker"))).Distinct().Count());
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeFullEstate();
        server.Faults.Throttle("elasticache", "DescribeCacheClusters", times: 2);
        server.Faults.Throttle("elasticache", "ListTagsForResource", times: 2);

        var observations = await Scan();

        Assert.Equal(8, observations.Count);
        Assert.Equal([400, 400, 200, 200, 200], server.RequestsFor("elasticache", "DescribeCacheClusters").Select(r => r.Status));
        var tagCalls = server.RequestsFor("elasticache", "ListTagsForResource");
        Assert.Equal(10, tagCalls.Count);
        Assert.Equal(2, tagCalls.Count(r => r.ErrorCode == "Throttling"));
    }

    [Fact]
    public async Task A_cancelled_scan_stops_with_cancellation_before_calling_aws()
    {
        ArrangeFullEstate();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ElastiCacheCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), cancellation.Token));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_empty_region_yields_nothing()
    {
        Assert.Empty(await Scan());
        Assert.Equal(["DescribeCacheClusters", "DescribeReplicationGroups"], server.Requests.Select(r => r.Action));
        Assert.Empty(server.HandlerFailures);
    }

    private static IReadOnlyList<string?> Ids(IEnumerable<Observation> observations, string resourceType) =>
        [.. observations.Where(o => o.ResourceType == resourceType).Select(o => o.ResourceId).Order(StringComparer.Ordinal)];
}
