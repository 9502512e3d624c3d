using Inventory.Discovery.Collectors.Eks;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Eks;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Eks;

/// <summary>The EKS collector through the signed client and HTTP against the stub AWS.</summary>
public sealed class EksCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";
    private const string ProdArn = "arn:aws:eks:eu-west-1:111111111111:cluster/prod";

    // Retries without waiting, so throttling tests take no time.

    private readonly StubAwsServer server;

    public EksCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private EksEstate Estate => server.Estate.Account(AccountId).Region(Region).Eks();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new EksCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubEksCluster Prod() => new("prod")
    {
        Id = "A1B2C3D4E5F60718293A4B5C6D7E8F90",
        Version = "1.30",
        PlatformVersion = "eks.21",
        RoleArn = "arn:aws:iam::111111111111:role/eks-prod",
        VpcId = "vpc-0a1",
        SubnetIds = { "subnet-0a1", "subnet-0b2" },
        SecurityGroupIds = { "sg-0ctrl" },
        ClusterSecurityGroupId = "sg-0cluster",
        EndpointPrivateAccess = true,
        Tags = { ["env"] = "prod" },
    };

    private static StubNodegroup General() => new("general")
    {
        Id = "6ec9a1c2-0b1f-4e2d-8f3a-1234567890ab",
        InstanceTypes = { "m6i.large" },
        MinSize = 2,
        MaxSize = 6,
        DesiredSize = 3,
        SubnetIds = { "subnet-0a1", "subnet-0b2" },
        Labels = { ["role"] = "general" },
        Tags = { ["Name"] = "prod-general", ["env"] = "prod" },
    };

    /// <summary>Three clusters (two pages); prod has three node groups (two pages), staging none, dev one.</summary>
    private void ArrangeThreeClusters()
    {
        var prod = Prod();
        prod.Nodegroups.Add(General());
        prod.Nodegroups.Add(new StubNodegroup("spot"));
        prod.Nodegroups.Add(new StubNodegroup("gpu"));
        Estate.Clusters.Add(prod);
        Estate.Clusters.Add(new StubEksCluster("staging"));
        var dev = new StubEksCluster("dev");
        dev.Nodegroups.Add(new StubNodegroup("general"));
        Estate.Clusters.Add(dev);
    }

    [Fact]
    public async Task Every_page_of_clusters_and_node_groups_is_read_and_each_is_described()
    {
        ArrangeThreeClusters();

        var observations = await Scan();

        Assert.Equal(["prod", "staging", "dev"], observations.Where(o => o.ResourceType == "eks:cluster").Select(o => o.ResourceId));
        Assert.Equal(
            ["prod/general", "prod/spot", "prod/gpu", "dev/general"],
            observations.Where(o => o.ResourceType == "eks:nodegroup").Select(o => o.ResourceId));
        Assert.Equal(2, server.RequestsFor("eks", "ListClusters").Count);
        Assert.Equal(3, server.RequestsFor("eks", "DescribeCluster").Count);
        Assert.Equal(4, server.RequestsFor("eks", "ListNodegroups").Count);
        Assert.Equal(4, server.RequestsFor("eks", "DescribeNodegroup").Count);
        Assert.All(server.Requests, r => Assert.Equal(200, r.Status));
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task Pages_ask_for_a_hundred_and_carry_the_previous_answers_next_token()
    {
        ArrangeThreeClusters();

        await Scan();

        var clusterPages = server.RequestsFor("eks", "ListClusters");
        var prodPages = server.RequestsFor("eks", "ListNodegroups").Where(r => r.Path == "/clusters/prod/node-groups").ToList();
        Assert.All([.. clusterPages, .. prodPages], p => Assert.Equal("100", p.Parameters["maxResults"]));
        Assert.False(clusterPages[0].Parameters.ContainsKey("nextToken"));
        Assert.NotEmpty(clusterPages[1].Parameters["nextToken"]);
        Assert.Equal(2, prodPages.Count);
        Assert.NotEmpty(prodPages[1].Parameters["nextToken"]);
    }

    [Fact]
    public async Task Requests_are_signed_for_eks_in_the_scopes_region_with_the_accounts_key()
    {
        ArrangeThreeClusters();

        await Scan();

        Assert.All(server.Requests, r =>
            Assert.Equal(("eks", Region, AccountId, "AKIASTUB" + AccountId, "GET"), (r.Service, r.Region, r.AccountId, r.AccessKeyId, r.Method)));
    }

    [Fact]
    public async Task A_cluster_is_mapped_field_by_field()
    {
        Estate.Clusters.Add(Prod());

        var cluster = (await Scan()).Single("eks:cluster", "prod");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = ProdArn,
            ["resource_id"] = "prod",
            ["name"] = "prod",
            ["state"] = "ACTIVE",
            ["tags.env"] = "prod",
            ["dns_names"] = """["A1B2C3D4E5F60718293A4B5C6D7E8F90.gr7.eu-west-1.eks.amazonaws.com"]""",
            ["related.security-group"] = """["sg-0cluster","sg-0ctrl"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b2"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.version"] = "1.30",
            ["attributes.platformVersion"] = "eks.21",
            ["attributes.roleArn"] = "arn:aws:iam::111111111111:role/eks-prod",
            ["attributes.createdAt"] = "2025-01-02T03:04:05.678Z",
            ["attributes.kubernetesNetworkConfig.serviceIpv4Cidr"] = "172.20.0.0/16",
            ["attributes.kubernetesNetworkConfig.ipFamily"] = "ipv4",
            ["attributes.logging.clusterLogging"] = """[{"types":["api","audit"],"enabled":true}]""",
            ["attributes.identity.oidc.issuer"] = "https://oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90",
            ["attributes.accessConfig.authenticationMode"] = "API_AND_CONFIG_MAP",
            ["attributes.resourcesVpcConfig.endpointPublicAccess"] = "true",
            ["attributes.resourcesVpcConfig.endpointPrivateAccess"] = "true",
            ["attributes.resourcesVpcConfig.publicAccessCidrs"] = """["0.0.0.0/0"]""",
        }, cluster.Described());
    }

    [Fact]
    public async Task A_node_group_is_mapped_field_by_field_and_belongs_to_its_clusters_arn()
    {
        var prod = Prod();
        prod.Nodegroups.Add(General());
        Estate.Clusters.Add(prod);

        var nodegroup = (await Scan()).Single("eks:nodegroup", "prod/general");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:eks:eu-west-1:111111111111:nodegroup/prod/general/6ec9a1c2-0b1f-4e2d-8f3a-1234567890ab",
            ["resource_id"] = "prod/general",
            ["name"] = "prod-general",
            ["state"] = "ACTIVE",
            ["tags.Name"] = "prod-general",
            ["tags.env"] = "prod",
            ["related.cluster"] = $"""["{ProdArn}"]""",
            ["related.subnet"] = """["subnet-0a1","subnet-0b2"]""",
            ["attributes.clusterName"] = "prod",
            ["attributes.version"] = "1.31",
            ["attributes.releaseVersion"] = "1.31.4-20250115",
            ["attributes.capacityType"] = "ON_DEMAND",
            ["attributes.instanceTypes"] = """["t3.medium","m6i.large"]""",
            ["attributes.amiType"] = "AL2023_x86_64_STANDARD",
            ["attributes.nodeRole"] = "arn:aws:iam::111111111111:role/prod-node-role",
            ["attributes.scalingConfig.minSize"] = "2",
            ["attributes.scalingConfig.maxSize"] = "6",
            ["attributes.scalingConfig.desiredSize"] = "3",
            ["attributes.diskSize"] = "20",
            ["attributes.labels.role"] = "general",
            ["attributes.updateConfig.maxUnavailable"] = "1",
            ["attributes.createdAt"] = "2025-01-03T04:05:06Z",
            ["attributes.autoScalingGroups"] = """["eks-general-6ec9a1c2-0b1f-4e2d-8f3a-1234567890ab"]""",
        }, nodegroup.Described());
    }

    [Fact]
    public async Task A_deleting_cluster_and_its_node_groups_come_with_their_deleting_status()
    {
        var old = new StubEksCluster("old") { Status = "DELETING" };
        old.Nodegroups.Add(new StubNodegroup("general") { Status = "DELETING" });
        Estate.Clusters.Add(old);
        Estate.Clusters.Add(new StubEksCluster("new") { Status = "CREATING" });

        var observations = await Scan();

        Assert.Equal("DELETING", observations.Single("eks:cluster", "old").State);
        Assert.Equal("DELETING", observations.Single("eks:nodegroup", "old/general").State);
        var creating = observations.Single("eks:cluster", "new");
        Assert.Equal("CREATING", creating.State);
        // No endpoint yet, so no DNS name.
        Assert.Empty(creating.DnsNames);
    }

    [Fact]
    public async Task A_cluster_deleted_between_listing_and_describing_is_left_out_with_its_node_groups()
    {
        ArrangeThreeClusters();
        server.Faults.Add("eks", "DescribeCluster", "ResourceNotFoundException", 404, times: 1);

        var observations = await Scan();

        Assert.Equal(["staging", "dev", "dev/general"], observations.Select(o => o.ResourceId));
        Assert.DoesNotContain(server.RequestsFor("eks", "ListNodegroups"), r => r.Path.StartsWith("/clusters/prod", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Access_denied_on_describe_nodegroup_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeThreeClusters();
        server.Faults.Add("eks", "DescribeNodegroup", "AccessDeniedException", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal(("AccessDeniedException", 403), (error.ErrorCode, error.StatusCode));
        Assert.Single(server.RequestsFor("eks", "DescribeNodegroup"));
    }

    [Fact]
    public async Task Too_many_requests_twice_then_success_returns_everything()
    {
        ArrangeThreeClusters();
        server.Faults.Add("eks", "ListClusters", "TooManyRequestsException", 429, times: 2);
        server.Faults.Add("eks", "DescribeNodegroup", "TooManyRequestsException", 429, times: 2);

        var observations = await Scan();

        Assert.Equal(7, observations.Count);
        Assert.Equal([429, 429, 200, 200], server.RequestsFor("eks", "ListClusters").Select(r => r.Status));
        Assert.Equal([429, 429, 200, 200, 200, 200], server.RequestsFor("eks", "DescribeNodegroup").Select(r => r.Status));
    }

    [Fact]
    public async Task An_empty_region_yields_nothing()
    {
        Assert.Empty(await Scan());
        Assert.Single(server.RequestsFor("eks", "ListClusters"));
        Assert.Equal(("eks", false), (new EksCollector().Service, new EksCollector().IsGlobal));
    }
}
