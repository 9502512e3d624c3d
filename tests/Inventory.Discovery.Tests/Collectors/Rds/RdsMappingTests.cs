using System.Xml.Linq;
using Inventory.Discovery.Collectors.Rds;

namespace Inventory.Discovery.Tests.Collectors.Rds;

/// <summary>The RDS mappings on XML elements as AWS sends them (namespaced), no I/O.</summary>
public sealed class RdsMappingTests
{
    private static XElement Rds(string xml) =>
        XElement.Parse($"""<Root xmlns="http://rds.amazonaws.com/doc/2014-10-31/">{xml}</Root>""").Elements().Single();

    [Fact]
    public void A_bare_instance_maps_to_its_identifier_alone()
    {
        var observation = RdsDbInstances.Map(Rds("<DBInstance><DBInstanceIdentifier>db-1</DBInstanceIdentifier></DBInstance>"));

        Assert.Equal(new Dictionary<string, string> { ["resource_id"] = "db-1", ["name"] = "db-1" }, observation.Described());
        Assert.Null(observation.Arn);
        Assert.Empty(observation.Related);
    }

    [Fact]
    public void Empty_elements_mean_none_and_times_become_utc()
    {
        var observation = RdsDbInstances.Map(Rds(
            """
            <DBInstance>
              <DBInstanceIdentifier>db-1</DBInstanceIdentifier>
              <DBClusterIdentifier/>
              <Endpoint><Address></Address><Port>5432</Port></Endpoint>
              <InstanceCreateTime>2025-03-04T07:06:07.250+02:00</InstanceCreateTime>
            </DBInstance>
            """));

        Assert.Empty(observation.Related);
        Assert.Empty(observation.DnsNames);
        Assert.Equal("2025-03-04T05:06:07.25Z", observation.AttributesText()["InstanceCreateTime"]);
        Assert.False(observation.AttributesText().ContainsKey("DBClusterIdentifier"));
    }

    [Fact]
    public void A_blank_name_tag_falls_back_to_the_identifier()
    {
        var observation = RdsDbInstances.Map(Rds(
            "<DBInstance><DBInstanceIdentifier>db-1</DBInstanceIdentifier><TagList><Tag><Key>Name</Key><Value> </Value></Tag></TagList></DBInstance>"));

        Assert.Equal("db-1", observation.Name);
    }

    [Fact]
    public void A_cluster_naming_a_subnet_group_that_was_not_listed_has_no_vpc()
    {
        var cluster = Rds("<DBCluster><DBClusterIdentifier>c-1</DBClusterIdentifier><DBSubnetGroup>gone</DBSubnetGroup><Status>available</Status></DBCluster>");

        var observation = RdsDbClusters.Map(cluster, new Dictionary<string, RdsSubnetGroup>());

        Assert.Empty(observation.Related);
        Assert.Equal("available", observation.State);
    }

    [Fact]
    public void A_failover_changes_the_members_attribute_but_not_the_related_instances()
    {
        static XElement Cluster(string writer) => Rds(
            $"""
            <DBCluster>
              <DBClusterIdentifier>c-1</DBClusterIdentifier>
              <DBClusterMembers>
                <DBClusterMember><DBInstanceIdentifier>a</DBInstanceIdentifier><IsClusterWriter>{writer == "a"}</IsClusterWriter></DBClusterMember>
                <DBClusterMember><DBInstanceIdentifier>b</DBInstanceIdentifier><IsClusterWriter>{writer == "b"}</IsClusterWriter></DBClusterMember>
              </DBClusterMembers>
            </DBCluster>
            """);
        var none = new Dictionary<string, RdsSubnetGroup>();

        var before = RdsDbClusters.Map(Cluster("a"), none).Described();
        var after = RdsDbClusters.Map(Cluster("b"), none).Described();

        Assert.Equal(before["related.db-instance"], after["related.db-instance"]);
        Assert.NotEqual(before["attributes.Members"], after["attributes.Members"]);
    }
}
