using Inventory.Api.Assets.AssetTimeline;
using Inventory.Api.Assets.GetAsset;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.StubAws.Estate;
using Inventory.StubAws.Services.CloudFront;
using Inventory.StubAws.Services.Cognito;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.Ecr;
using Inventory.StubAws.Services.Eks;
using Inventory.StubAws.Services.ElastiCache;
using Inventory.StubAws.Services.Elbv2;
using Inventory.StubAws.Services.Lambda;
using Inventory.StubAws.Services.Msk;
using Inventory.StubAws.Services.OpenSearch;
using Inventory.StubAws.Services.Rds;
using Inventory.StubAws.Services.Route53;
using Inventory.StubAws.Services.S3;

namespace Inventory.Api.Tests.DiscoveryJobs;

/// <summary>An estate with a resource of every type the product collects, discovered through the API, then changed and discovered again.</summary>
public sealed class EveryServiceTests(DiscoveryJobApp app) : IClassFixture<DiscoveryJobApp>
{
    private const string Account = "450000000001";
    private const string Region = "eu-west-1";
    private const string Vpc = "vpc-0f00000000000001";
    private const string Subnet = "subnet-0f00000000000001";
    private const string Group = "sg-0f00000000000001";

    private static readonly string[] Types =
    [
        "cloudfront:distribution", "cognito-idp:user-pool", "ec2:elastic-ip", "ec2:instance", "ec2:network-interface", "ec2:volume",
        "ecr:repository", "eks:cluster", "eks:nodegroup", "elasticache:cluster", "elasticache:replication-group", "elbv2:load-balancer",
        "elbv2:target-group", "lambda:function", "msk:cluster", "opensearch:domain", "rds:db-cluster", "rds:db-instance",
        "route53:hosted-zone", "s3:bucket", "vpc:internet-gateway", "vpc:nat-gateway", "vpc:route-table", "vpc:security-group",
        "vpc:subnet", "vpc:vpc",
    ];

    /// <summary>Every resource carries the same two tags, so the register's tags can be checked on all of them.</summary>
    private static T Tagged<T>(T resource, Dictionary<string, string> tags)
    {
        tags["env"] = "prod";
        tags["owner"] = "platform";
        return resource;
    }

    private static (StubAccount Account, Estate Parts) Build(StubAwsApp app)
    {
        var account = app.Aws.Estate.Account(Account);
        var region = account.Region(Region);
        var ec2 = region.Ec2();
        StubInstance instance = new("i-0f00000000000001");
        instance.Tags["env"] = "prod";
        instance.Tags["owner"] = "platform";
        ec2.Instances.Add(instance);
        var volume = new StubVolume("vol-0f00000000000001");
        ec2.Volumes.Add(Tagged(volume, volume.Tags));
        var eni = new StubNetworkInterface("eni-0f00000000000001");
        ec2.NetworkInterfaces.Add(Tagged(eni, eni.Tags));
        var eip = new StubAddress("eipalloc-0f00000000000001", "203.0.113.10");
        ec2.Addresses.Add(Tagged(eip, eip.Tags));
        var vpc = new StubVpc(Vpc);
        ec2.Vpcs.Add(Tagged(vpc, vpc.Tags));
        var subnet = new StubSubnet(Subnet, Vpc);
        ec2.Subnets.Add(Tagged(subnet, subnet.Tags));
        var group = new StubSecurityGroup(Group, "web", Vpc);
        ec2.SecurityGroups.Add(Tagged(group, group.Tags));
        var routes = new StubRouteTable("rtb-0f00000000000001", Vpc);
        ec2.RouteTables.Add(Tagged(routes, routes.Tags));
        var igw = new StubInternetGateway("igw-0f00000000000001");
        ec2.InternetGateways.Add(Tagged(igw, igw.Tags));
        var nat = new StubNatGateway("nat-0f00000000000001", Vpc, Subnet);
        ec2.NatGateways.Add(Tagged(nat, nat.Tags));

        var rds = region.Rds();
        var db = new StubDbInstance("orders-db");
        rds.Instances.Add(Tagged(db, db.Tags));
        var cluster = new StubDbCluster("orders-cluster");
        rds.Clusters.Add(Tagged(cluster, cluster.Tags));

        var cache = region.ElastiCache();
        var cacheCluster = new StubCacheCluster("sessions-001");
        cache.Clusters.Add(Tagged(cacheCluster, cacheCluster.Tags));
        var replication = new StubReplicationGroup("sessions");
        cache.ReplicationGroups.Add(Tagged(replication, replication.Tags));

        var elb = region.Elbv2();
        var balancer = new StubLoadBalancer("web-alb");
        elb.LoadBalancers.Add(Tagged(balancer, balancer.Tags));
        var targets = new StubTargetGroup("web-targets");
        targets.LoadBalancers.Add(balancer);
        targets.Targets.Add(new StubTarget(instance.InstanceId));
        elb.TargetGroups.Add(Tagged(targets, targets.Tags));

        var function = new StubFunction("resize-images");
        region.Lambda().Functions.Add(Tagged(function, function.Tags));
        var eks = new StubEksCluster("apps");
        var nodes = new StubNodegroup("apps-nodes");
        eks.Nodegroups.Add(Tagged(nodes, nodes.Tags));
        region.Eks().Clusters.Add(Tagged(eks, eks.Tags));
        var search = new StubDomain("logs");
        region.OpenSearch().Domains.Add(Tagged(search, search.Tags));
        var kafka = new StubMskCluster("events");
        region.Msk().Clusters.Add(Tagged(kafka, kafka.Tags));
        var repository = new StubRepository("web");
        region.Ecr().Repositories.Add(Tagged(repository, repository.Tags));
        var pool = new StubUserPool("eu-west-1_AbCdEf123", "customers");
        region.Cognito().UserPools.Add(Tagged(pool, pool.Tags));

        var bucket = new StubBucket("assets-" + Account) { Region = Region, Tags = [] };
        account.S3().Buckets.Add(Tagged(bucket, bucket.Tags!));
        var distribution = new StubDistribution("E0F0000000001");
        distribution.Origins.Add(new StubOrigin("s3", bucket.Name + ".s3.amazonaws.com", IsS3: true));
        account.CloudFront().Distributions.Add(Tagged(distribution, distribution.Tags));
        var zone = new StubHostedZone("Z0F00000000001", "example.com.");
        account.Route53().HostedZones.Add(Tagged(zone, zone.Tags));

        return (account, new Estate(instance, volume, function, db, distribution));
    }

    private sealed record Estate(StubInstance Instance, StubVolume Volume, StubFunction Function, StubDbInstance Database, StubDistribution Distribution);

    private async Task<List<AssetSummary>> AssetsAsync() =>
        (await app.Host.GetJsonAsync<AssetPage>("/api/assets?pageSize=500")).Items.Where(a => a.AccountId == Account).ToList();

    [Fact]
    public async Task Each_resource_becomes_one_asset_with_its_tags_and_the_next_discovery_records_exactly_the_changes()
    {
        var (account, estate) = Build(app);
        await app.RegisterAsync(Account, Region);

        var first = await app.RunJobAsync(Account);

        Assert.Empty(app.Aws.HandlerFailures);
        Assert.Equal(JobStatus.Completed, first.Status);
        var assets = await AssetsAsync();
        Assert.Equal(Types, assets.Select(a => a.ResourceType).Order(StringComparer.Ordinal));
        Assert.Equal(Types.Length, first.Totals.New);
        foreach (var asset in assets)
        {
            var detail = await app.Host.GetJsonAsync<AssetDetail>($"/api/assets/{asset.Id}");
            Assert.StartsWith("arn:aws:", detail.Arn, StringComparison.Ordinal);
            Assert.Equal("prod", detail.Tags.GetValueOrDefault("env"));
            Assert.Equal("platform", detail.Tags.GetValueOrDefault("owner"));
            Assert.Equal(AssetStatus.Active, detail.Status);
        }

        // Three resources change, two vanish, one appears; nothing else may produce an event.
        estate.Instance.InstanceType = "m6i.large";
        estate.Function.Tags["owner"] = "media";
        estate.Database.Tags.Remove("env");
        account.Region(Region).Ec2().Volumes.Remove(estate.Volume);
        account.CloudFront().Distributions.Remove(estate.Distribution);
        account.Region(Region).Ecr().Repositories.Add(new StubRepository("api"));

        var second = await app.RunJobAsync(Account);

        Assert.Equal(JobStatus.Completed, second.Status);
        Assert.Equal((1, 3, 2), (second.Totals.New, second.Totals.Changed, second.Totals.Gone));
        var after = (await AssetsAsync()).ToDictionary(a => (a.ResourceType, a.Name));
        Assert.Equal(Types.Length + 1, after.Count);
        var changed = after.Values.Where(a => a.ChangeCount > 0).Select(a => a.ResourceType).Order(StringComparer.Ordinal);
        Assert.Equal(["ec2:instance", "lambda:function", "rds:db-instance"], changed);
        var gone = after.Values.Where(a => a.Status == AssetStatus.Gone).Select(a => a.ResourceType).Order(StringComparer.Ordinal);
        Assert.Equal(["cloudfront:distribution", "ec2:volume"], gone);
        Assert.Equal(2, after.Values.Count(a => a.ResourceType == "ecr:repository" && a.Status == AssetStatus.Active));

        var function = after.Values.Single(a => a.ResourceType == "lambda:function");
        var timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{function.Id}/timeline");
        Assert.Equal([new FieldChange("tags.owner", "platform", "media")], timeline.Entries[0].Changes);
        var database = after.Values.Single(a => a.ResourceType == "rds:db-instance");
        timeline = await app.Host.GetJsonAsync<AssetTimeline>($"/api/assets/{database.Id}/timeline");
        Assert.Equal([new FieldChange("tags.env", "prod", null)], timeline.Entries[0].Changes);
    }
}
