using System.Xml.Linq;
using Inventory.Discovery.Collectors.Elbv2;

namespace Inventory.Discovery.Tests.Collectors.Elbv2;

/// <summary>The ELBv2 mappings on XML elements as AWS sends them (namespaced), no I/O.</summary>
public sealed class Elbv2MappingTests
{
    private static readonly Dictionary<string, string> NoTags = [];

    private static XElement Elbv2(string xml) =>
        XElement.Parse($"""<Root xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">{xml}</Root>""").Elements().Single();

    [Theory]
    [InlineData("arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/web/50dc6c495c0c9188", "app/web/50dc6c495c0c9188")]
    [InlineData("arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/net/ingest/6a4c3c1b2e8d7f90", "net/ingest/6a4c3c1b2e8d7f90")]
    [InlineData("arn:aws-cn:elasticloadbalancing:cn-north-1:111111111111:loadbalancer/gwy/inspect/1a2b", "gwy/inspect/1a2b")]
    [InlineData("arn:aws:elasticloadbalancing:eu-west-1:111111111111:targetgroup/web/73e2d6bc24d8a067", "targetgroup/web/73e2d6bc24d8a067")]
    [InlineData("not-an-arn", "not-an-arn")]
    public void The_resource_id_is_the_arns_resource_part_as_cloudwatch_names_it(string arn, string expected) =>
        Assert.Equal(expected, Elbv2Xml.ResourceIdOf(arn));

    [Fact]
    public void A_bare_load_balancer_maps_to_its_name_alone()
    {
        var observation = Elbv2LoadBalancers.Map(Elbv2("<member><LoadBalancerName>web</LoadBalancerName></member>"), NoTags, [], []);

        Assert.Equal(new Dictionary<string, string> { ["name"] = "web" }, observation.Described());
    }

    [Fact]
    public void A_name_tag_wins_over_the_load_balancer_name()
    {
        var observation = Elbv2LoadBalancers.Map(
            Elbv2("<member><LoadBalancerName>web</LoadBalancerName></member>"), new Dictionary<string, string> { ["Name"] = "Public web" }, [], []);

        Assert.Equal("Public web", observation.Name);
    }

    [Fact]
    public void A_target_group_has_no_state_and_lists_a_target_registered_on_two_ports_once()
    {
        var group = Elbv2("<member><TargetGroupName>web</TargetGroupName><TargetType>instance</TargetType></member>");

        var observation = Elbv2TargetGroups.Map(group, NoTags, ["i-1", "i-1", "i-2"]);

        Assert.Null(observation.State);
        Assert.Equal(["target:i-1", "target:i-2"], observation.RelatedText());
    }
}
