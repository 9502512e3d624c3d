using Inventory.Discovery.Collectors.Eks;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.Collectors.Eks;

/// <summary>The EKS mappings on JSON alone, no I/O.</summary>
public sealed class EksMappingTests
{
    [Fact]
    public void A_bare_cluster_maps_to_its_name_alone()
    {
        var cluster = EksClusters.Map(AwsJson.Parse("""{"name":"c"}"""));

        Assert.Equal(new Dictionary<string, string> { ["resource_id"] = "c", ["name"] = "c" }, cluster.Described());
    }

    [Fact]
    public void A_bare_node_group_maps_to_its_cluster_and_name()
    {
        var nodegroup = EksNodegroups.Map(AwsJson.Parse("""{"nodegroupName":"ng","clusterName":"c"}"""), "arn:aws:eks:eu-west-1:111111111111:cluster/c");

        Assert.Equal("c/ng", nodegroup.ResourceId);
        Assert.Equal("ng", nodegroup.Name);
        Assert.Equal(["cluster:arn:aws:eks:eu-west-1:111111111111:cluster/c"], nodegroup.RelatedText());
    }

    [Fact]
    public void The_endpoint_url_becomes_its_host_name()
    {
        var cluster = EksClusters.Map(AwsJson.Parse("""{"name":"c","endpoint":"https://ABC.yl4.eu-west-1.eks.amazonaws.com"}"""));

        Assert.Equal(["ABC.yl4.eu-west-1.eks.amazonaws.com"], cluster.DnsNames);
    }

    [Fact]
    public void Created_at_in_epoch_seconds_becomes_utc_text()
    {
        var cluster = EksClusters.Map(AwsJson.Parse("""{"name":"c","createdAt":1735787045.5}"""));

        Assert.Equal("2025-01-02T03:04:05.5Z", cluster.AttributesText()["createdAt"]);
    }
}
