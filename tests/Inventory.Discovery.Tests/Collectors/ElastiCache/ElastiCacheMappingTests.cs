using System.Xml.Linq;
using Inventory.Discovery.Collectors.ElastiCache;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.ElastiCache;

/// <summary>The ElastiCache mappings on XML elements as AWS sends them (namespaced), no I/O.</summary>
public sealed class ElastiCacheMappingTests
{
    private const string Region = "eu-west-1";
    private const string AccountId = "111111111111";
    private static readonly Dictionary<string, string> NoTags = [];

    private static XElement ElastiCache(string xml) =>
        XElement.Parse($"""<Root xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/">{xml}</Root>""").Elements().Single();

    [Fact]
    public void A_bare_cluster_maps_to_its_id_and_an_aws_format_arn()
    {
        var cluster = ElastiCache("<CacheCluster><CacheClusterId>c-1</CacheClusterId></CacheCluster>");
        var arn = ElastiCacheClusters.Arn(cluster, Region, AccountId);

        var observation = ElastiCacheClusters.Map(cluster, arn, NoTags, ElastiCacheSubnetGroup.None);

        Assert.Equal(
            new Dictionary<string, string> { ["arn"] = "arn:aws:elasticache:eu-west-1:111111111111:cluster:c-1", ["resource_id"] = "c-1", ["name"] = "c-1" },
            observation.Described());
    }

    [Fact]
    public void A_redis_cluster_takes_its_port_from_its_first_node()
    {
        var cluster = ElastiCache(
            """
            <CacheCluster>
              <CacheClusterId>c-1</CacheClusterId>
              <CacheNodes>
                <CacheNode><CacheNodeId>0001</CacheNodeId><Endpoint><Address>c-1.0001.cache.amazonaws.com</Address><Port>6380</Port></Endpoint></CacheNode>
              </CacheNodes>
            </CacheCluster>
            """);

        var observation = ElastiCacheClusters.Map(cluster, "arn", NoTags, ElastiCacheSubnetGroup.None);

        Assert.Equal("6380", observation.AttributesText()["Port"]);
        Assert.Equal(["c-1.0001.cache.amazonaws.com"], observation.DnsNames);
    }

    [Fact]
    public void A_replication_group_names_each_member_network_resource_once()
    {
        var group = ElastiCache(
            "<ReplicationGroup><ReplicationGroupId>g</ReplicationGroupId><MemberClusters><ClusterId>a</ClusterId><ClusterId>b</ClusterId></MemberClusters></ReplicationGroup>");
        RelatedResource[] network = [new("vpc", "vpc-1"), new("security-group", "sg-1"), new("vpc", "vpc-1"), new("security-group", "sg-1")];

        var observation = ElastiCacheReplicationGroups.Map(group, "arn", NoTags, network);

        Assert.Equal(["cluster:a", "cluster:b", "security-group:sg-1", "vpc:vpc-1"], observation.RelatedText());
        Assert.Equal(4, observation.Related.Count);
    }
}
