using Inventory.Discovery.Collectors.Msk;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.Collectors.Msk;

/// <summary>The MSK mapping on JSON alone, no I/O.</summary>
public sealed class MskMappingTests
{
    [Fact]
    public void A_bare_cluster_maps_to_its_name_alone()
    {
        var cluster = MskClusters.Map(AwsJson.Parse("""{"clusterName":"c"}"""));

        Assert.Equal(new Dictionary<string, string> { ["resource_id"] = "c", ["name"] = "c" }, cluster.Described());
    }

    [Fact]
    public void Serverless_subnets_and_groups_are_gathered_from_every_vpc_config()
    {
        var cluster = MskClusters.Map(AwsJson.Parse("""
            {"clusterName":"c","serverless":{"vpcConfigs":[
              {"subnetIds":["subnet-1","subnet-2"],"securityGroupIds":["sg-1"]},
              {"subnetIds":["subnet-3"]}]}}
            """));

        Assert.Equal(["security-group:sg-1", "subnet:subnet-1", "subnet:subnet-2", "subnet:subnet-3"], cluster.RelatedText());
    }

    [Fact]
    public void Revision_markers_are_not_attributes()
    {
        var cluster = MskClusters.Map(AwsJson.Parse("""
            {"clusterName":"c","currentVersion":"K3AEGXETSR30VB","activeOperationArn":"arn:aws:kafka:eu-west-1:111111111111:cluster-operation/c/x/op",
             "provisioned":{"zookeeperConnectString":"z-1.c.x.kafka.eu-west-1.amazonaws.com:2181","numberOfBrokerNodes":3}}
            """));

        Assert.Equal(new Dictionary<string, string> { ["provisioned.numberOfBrokerNodes"] = "3" }, cluster.AttributesText());
    }
}
