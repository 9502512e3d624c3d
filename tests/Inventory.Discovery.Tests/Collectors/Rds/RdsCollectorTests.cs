using Inventory.Discovery.Collectors.Rds;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Rds;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Rds;

/// <summary>The RDS collector through the signed query client and HTTP against the stub AWS.</summary>
public sealed class RdsCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";

    // Retries at once: the stub stops throttling after a number of answers, not after a time.

    private readonly StubAwsServer server;

    public RdsCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private RdsEstate Estate => server.Estate.Account(AccountId).Region(Region).Rds();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new RdsCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubDbSubnetGroup PrivateSubnets() =>
        new("private", "vpc-0a1") { Subnets = { ["subnet-0a1"] = "eu-west-1a", ["subnet-0b1"] = "eu-west-1b" } };

    private static StubDbInstance OrdersDatabase(StubDbSubnetGroup subnets) => new("orders-db")
    {
        InstanceClass = "db.m6g.large",
        AllocatedStorage = 100,
        StorageEncrypted = true,
        KmsKeyId = "arn:aws:kms:eu-west-1:111111111111:key/k1",
        MultiAZ = true,
        AvailabilityZone = "eu-west-1b",
        EndpointAddress = "orders-db.c0stub.eu-west-1.rds.amazonaws.com",
        DbName = "orders",
        DeletionProtection = true,
        SubnetGroup = subnets,
        SecurityGroupIds = { "sg-0ops", "sg-0db" },
        Tags = { ["Name"] = "orders", ["Team"] = "payments" },
    };

    private static StubDbCluster LedgerCluster() => new("ledger")
    {
        Endpoint = "ledger.cluster-c0stub.eu-west-1.rds.amazonaws.com",
        ReaderEndpoint = "ledger.cluster-ro-c0stub.eu-west-1.rds.amazonaws.com",
        CustomEndpoints = { "reports.cluster-custom-c0stub.eu-west-1.rds.amazonaws.com" },
        DatabaseName = "ledger",
        SubnetGroupName = "private",
        SecurityGroupIds = { "sg-0db" },
        Members = { ["ledger-2"] = false, ["ledger-1"] = true },
        Tags = { ["Team"] = "finance" },
    };

    private void ArrangeFullEstate()
    {
        var subnets = PrivateSubnets();
        Estate.SubnetGroups.Add(subnets);
        Estate.SubnetGroups.Add(new StubDbSubnetGroup("analytics", "vpc-0b2") { Subnets = { ["subnet-0c2"] = "eu-west-1c" } });
        Estate.SubnetGroups.Add(new StubDbSubnetGroup("spare", "vpc-0c3"));
        Estate.Instances.Add(OrdersDatabase(subnets));
        for (var i = 1; i <= 4; i++)
            Estate.Instances.Add(new StubDbInstance($"db-{i}") { SubnetGroup = subnets });
        Estate.Clusters.Add(LedgerCluster());
        Estate.Clusters.Add(new StubDbCluster("events"));
        Estate.Clusters.Add(new StubDbCluster("warehouse") { SubnetGroupName = "analytics" });
    }

    [Fact]
    public async Task Every_page_of_instances_clusters_and_subnet_groups_is_read()
    {
        ArrangeFullEstate();

        var observations = await Scan();

        Assert.Equal(["db-1", "db-2", "db-3", "db-4", "orders-db"], Ids(observations, "rds:db-instance"));
        Assert.Equal(["events", "ledger", "warehouse"], Ids(observations, "rds:db-cluster"));
        Assert.Equal(8, observations.Count);
        // Five instances, three clusters and three subnet groups at two per page.
        Assert.Equal(3, server.RequestsFor("rds", "DescribeDBInstances").Count);
        Assert.Equal(2, server.RequestsFor("rds", "DescribeDBClusters").Count);
        Assert.Equal(2, server.RequestsFor("rds", "DescribeDBSubnetGroups").Count);
        Assert.Equal(7, server.Requests.Count);
        Assert.Null(server.RequestsFor("rds", "DescribeDBInstances")[0].Parameters.GetValueOrDefault("Marker"));
        Assert.NotNull(server.RequestsFor("rds", "DescribeDBInstances")[1].Parameters.GetValueOrDefault("Marker"));
        Assert.All(server.Requests, r =>
        {
            Assert.Equal("rds", r.Service);
            Assert.Equal(Region, r.Region);
            Assert.Equal(AccountId, r.AccountId);
            Assert.Equal("2014-10-31", r.Parameters["Version"]);
            Assert.Equal("100", r.Parameters["MaxRecords"]);
            Assert.Equal(200, r.Status);
        });
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task An_instance_is_mapped_field_by_field()
    {
        Estate.Instances.Add(OrdersDatabase(PrivateSubnets()));

        var instance = (await Scan()).Single("rds:db-instance", "orders-db");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:rds:eu-west-1:111111111111:db:orders-db",
            ["resource_id"] = "orders-db",
            ["name"] = "orders",
            ["state"] = "available",
            ["tags.Name"] = "orders",
            ["tags.Team"] = "payments",
            ["dns_names"] = """["orders-db.c0stub.eu-west-1.rds.amazonaws.com"]""",
            ["related.security-group"] = """["sg-0db","sg-0ops"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b1"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.Engine"] = "postgres",
            ["attributes.EngineVersion"] = "16.3",
            ["attributes.DBInstanceClass"] = "db.m6g.large",
            ["attributes.AllocatedStorage"] = "100",
            ["attributes.StorageType"] = "gp3",
            ["attributes.StorageEncrypted"] = "true",
            ["attributes.KmsKeyId"] = "arn:aws:kms:eu-west-1:111111111111:key/k1",
            ["attributes.MultiAZ"] = "true",
            ["attributes.AvailabilityZone"] = "eu-west-1b",
            ["attributes.PubliclyAccessible"] = "false",
            ["attributes.Port"] = "5432",
            ["attributes.HostedZoneId"] = "Z29XKXDKYMONMX",
            ["attributes.DBName"] = "orders",
            ["attributes.MasterUsername"] = "admin",
            ["attributes.DBSubnetGroupName"] = "private",
            ["attributes.DBParameterGroups"] = """["default.postgres"]""",
            ["attributes.OptionGroups"] = """["default:postgres"]""",
            ["attributes.LicenseModel"] = "postgresql-license",
            ["attributes.DbiResourceId"] = "db-STUBORDERS-DB",
            ["attributes.CACertificateIdentifier"] = "rds-ca-rsa2048-g1",
            ["attributes.InstanceCreateTime"] = "2025-01-02T03:04:05Z",
            ["attributes.BackupRetentionPeriod"] = "7",
            ["attributes.PreferredBackupWindow"] = "03:00-03:30",
            ["attributes.PreferredMaintenanceWindow"] = "sun:04:00-sun:04:30",
            ["attributes.AutoMinorVersionUpgrade"] = "true",
            ["attributes.DeletionProtection"] = "true",
            ["attributes.IAMDatabaseAuthenticationEnabled"] = "false",
            ["attributes.PerformanceInsightsEnabled"] = "false",
            ["attributes.MonitoringInterval"] = "0",
            ["attributes.CopyTagsToSnapshot"] = "false",
            ["attributes.NetworkType"] = "IPV4",
        }, instance.Described());
    }

    [Fact]
    public async Task The_latest_restorable_time_is_kept_but_moving_it_changes_nothing_the_reconciler_compares()
    {
        var database = new StubDbInstance("orders-db");
        Estate.Instances.Add(database);

        var before = (await Scan()).Single("rds:db-instance", "orders-db");
        database.LatestRestorableTime = database.LatestRestorableTime.AddMinutes(5);
        var after = (await Scan()).Single("rds:db-instance", "orders-db");

        Assert.Equal("2025-06-01T12:00:00Z", before.Attributes!.Value.GetProperty("LatestRestorableTime").GetString());
        Assert.Equal("2025-06-01T12:05:00Z", after.Attributes!.Value.GetProperty("LatestRestorableTime").GetString());
        Assert.Equal(before.Described(), after.Described());
    }

    [Fact]
    public async Task A_deleting_instance_and_a_deleting_cluster_come_through_with_their_state()
    {
        Estate.Instances.Add(new StubDbInstance("old-db") { Status = "deleting", EndpointAddress = "old-db.c0stub.eu-west-1.rds.amazonaws.com" });
        Estate.Clusters.Add(new StubDbCluster("old-cluster") { Status = "deleting" });

        var observations = await Scan();

        var instance = observations.Single("rds:db-instance", "old-db");
        Assert.Equal("deleting", instance.State);
        Assert.Equal(GoneReason.Deleting, TerminalStates.Classify(instance.State));
        Assert.Equal(["old-db.c0stub.eu-west-1.rds.amazonaws.com"], instance.DnsNames);
        Assert.Equal("deleting", observations.Single("rds:db-cluster", "old-cluster").State);
    }

    [Fact]
    public async Task An_aurora_instance_without_a_name_tag_is_named_by_its_identifier_and_names_its_cluster()
    {
        Estate.Instances.Add(new StubDbInstance("ledger-1") { Engine = "aurora-postgresql", ClusterIdentifier = "ledger", Tags = { ["Team"] = "finance" } });

        var instance = (await Scan()).Single("rds:db-instance", "ledger-1");

        Assert.Equal("ledger-1", instance.Name);
        Assert.Equal(new Dictionary<string, string> { ["Team"] = "finance" }, instance.Tags);
        Assert.Equal(["cluster:ledger"], instance.RelatedText());
        Assert.Equal("ledger", instance.AttributesText()["DBClusterIdentifier"]);
    }

    [Fact]
    public async Task A_cluster_is_mapped_field_by_field_and_placed_in_the_vpc_of_the_subnet_group_it_names()
    {
        Estate.SubnetGroups.Add(PrivateSubnets());
        Estate.Clusters.Add(LedgerCluster());

        var cluster = (await Scan()).Single("rds:db-cluster", "ledger");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:rds:eu-west-1:111111111111:cluster:ledger",
            ["resource_id"] = "ledger",
            ["name"] = "ledger",
            ["state"] = "available",
            ["tags.Team"] = "finance",
            ["dns_names"] =
                """["ledger.cluster-c0stub.eu-west-1.rds.amazonaws.com","ledger.cluster-ro-c0stub.eu-west-1.rds.amazonaws.com","reports.cluster-custom-c0stub.eu-west-1.rds.amazonaws.com"]""",
            ["related.db-instance"] = """["ledger-1","ledger-2"]""",
            ["related.security-group"] = """["sg-0db"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b1"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.Engine"] = "aurora-postgresql",
            ["attributes.EngineVersion"] = "16.4",
            ["attributes.EngineMode"] = "provisioned",
            ["attributes.AllocatedStorage"] = "1",
            ["attributes.StorageType"] = "aurora",
            ["attributes.StorageEncrypted"] = "true",
            ["attributes.MultiAZ"] = "true",
            ["attributes.AvailabilityZones"] = """["eu-west-1a","eu-west-1b","eu-west-1c"]""",
            ["attributes.Port"] = "5432",
            ["attributes.HostedZoneId"] = "Z29XKXDKYMONMX",
            ["attributes.DatabaseName"] = "ledger",
            ["attributes.MasterUsername"] = "admin",
            ["attributes.DBSubnetGroup"] = "private",
            ["attributes.DBClusterParameterGroup"] = "default.aurora-postgresql",
            ["attributes.DbClusterResourceId"] = "cluster-STUBLEDGER",
            ["attributes.ClusterCreateTime"] = "2025-01-02T03:04:05Z",
            ["attributes.BackupRetentionPeriod"] = "1",
            ["attributes.PreferredBackupWindow"] = "03:00-03:30",
            ["attributes.PreferredMaintenanceWindow"] = "sun:04:00-sun:04:30",
            ["attributes.DeletionProtection"] = "false",
            ["attributes.IAMDatabaseAuthenticationEnabled"] = "false",
            ["attributes.HttpEndpointEnabled"] = "false",
            ["attributes.CopyTagsToSnapshot"] = "false",
            ["attributes.NetworkType"] = "IPV4",
            ["attributes.Members"] =
                """[{"DBInstanceIdentifier":"ledger-1","IsClusterWriter":true,"PromotionTier":1},{"DBInstanceIdentifier":"ledger-2","IsClusterWriter":false,"PromotionTier":1}]""",
        }, cluster.Described());
    }

    [Fact]
    public async Task Without_clusters_the_subnet_groups_are_not_asked_for()
    {
        Estate.SubnetGroups.Add(PrivateSubnets());
        Estate.Instances.Add(new StubDbInstance("orders-db"));

        Assert.Single(await Scan());
        Assert.Empty(server.RequestsFor("rds", "DescribeDBSubnetGroups"));
    }

    [Theory]
    [InlineData("DescribeDBInstances")]
    [InlineData("DescribeDBClusters")]
    [InlineData("DescribeDBSubnetGroups")]
    public async Task Access_denied_on_one_operation_fails_the_scan_with_that_error_code(string action)
    {
        ArrangeFullEstate();
        server.Faults.Add("rds", action, "AccessDenied", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(403, error.StatusCode);
        // Not throttling, so not retried.
        Assert.Single(server.RequestsFor("rds", action));
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeFullEstate();
        server.Faults.Throttle("rds", "DescribeDBInstances", times: 2);
        server.Faults.Throttle("rds", "DescribeDBClusters", times: 2);

        var observations = await Scan();

        Assert.Equal(8, observations.Count);
        Assert.Equal([400, 400, 200, 200, 200], server.RequestsFor("rds", "DescribeDBInstances").Select(r => r.Status));
        Assert.Equal([400, 400, 200, 200], server.RequestsFor("rds", "DescribeDBClusters").Select(r => r.Status));
        Assert.Equal("Throttling", server.RequestsFor("rds", "DescribeDBInstances")[0].ErrorCode);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_attempts_fails_the_scan_as_throttled()
    {
        ArrangeFullEstate();
        server.Faults.Throttle("rds", "DescribeDBClusters", times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal("Throttling", error.ErrorCode);
        Assert.Equal(StubScans.FastBackoff.MaxAttempts, server.RequestsFor("rds", "DescribeDBClusters").Count);
    }

    [Fact]
    public async Task A_cancelled_scan_stops_with_cancellation_before_calling_aws()
    {
        ArrangeFullEstate();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new RdsCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), cancellation.Token));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_empty_region_yields_nothing()
    {
        Assert.Empty(await Scan());
        Assert.Equal(["DescribeDBInstances", "DescribeDBClusters"], server.Requests.Select(r => r.Action));
        Assert.Empty(server.HandlerFailures);
    }

    private static IReadOnlyList<string?> Ids(IEnumerable<Observation> observations, string resourceType) =>
        [.. observations.Where(o => o.ResourceType == resourceType).Select(o => o.ResourceId).Order(StringComparer.Ordinal)];
}
