using Inventory.Discovery.Collecting;
using Amazon.EC2.Model;
using Inventory.Discovery.Collectors.Vpc;
using AwsVpc = Amazon.EC2.Model.Vpc;

namespace Inventory.Discovery.Tests.Collectors.Vpc;

/// <summary>The VPC mappings on SDK objects, no I/O; absent lists are null in SDK v4.</summary>
public sealed class VpcMappingTests
{
    private const string Region = "eu-west-1";
    private const string AccountId = "111111111111";

    [Fact]
    public void Bare_resources_map_to_their_ids_and_documented_arns()
    {
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-1", Vpcs.Map(new AwsVpc { VpcId = "vpc-1" }, Region, AccountId).Arn);
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:subnet/subnet-1", Subnets.Map(new Subnet { SubnetId = "subnet-1" }, Region, AccountId).Arn);
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:security-group/sg-1", SecurityGroups.Map(new SecurityGroup { GroupId = "sg-1" }, Region, AccountId).Arn);
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:route-table/rtb-1", RouteTables.Map(new RouteTable { RouteTableId = "rtb-1" }, Region, AccountId).Arn);
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:internet-gateway/igw-1", InternetGateways.Map(new InternetGateway { InternetGatewayId = "igw-1" }, Region, AccountId).Arn);
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:natgateway/nat-1", NatGateways.Map(new NatGateway { NatGatewayId = "nat-1" }, Region, AccountId).Arn);
    }

    [Fact]
    public void A_security_group_without_a_name_tag_is_named_by_its_group_name()
    {
        var group = SecurityGroups.Map(new SecurityGroup { GroupId = "sg-1", GroupName = "default" }, Region, AccountId);

        Assert.Equal("default", group.Name);
    }

    [Fact]
    public void Only_internet_gateways_among_route_targets_are_related_as_internet_gateways()
    {
        var table = new RouteTable
        {
            RouteTableId = "rtb-1",
            Routes =
            [
                new Route { DestinationCidrBlock = "10.0.0.0/16", GatewayId = "local" },
                new Route { DestinationCidrBlock = "0.0.0.0/0", GatewayId = "igw-1" },
                new Route { DestinationCidrBlock = "172.16.0.0/12", GatewayId = "vgw-1" },
            ],
        };

        var observation = RouteTables.Map(table, Region, AccountId);

        Assert.Equal([new("internet-gateway", "igw-1")], observation.Related);
    }

    [Fact]
    public void A_prefix_list_rule_keeps_its_prefix_list()
    {
        var permission = new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, PrefixListIds = [new PrefixListId { Id = "pl-1" }] };

        var rule = Inventory.Discovery.Collecting.ObservationFields.Attributes(SecurityGroups.Rules([permission])).GetRawText();

        Assert.Contains("\"PrefixListIds\":[{\"PrefixListId\":\"pl-1\"}]", rule, StringComparison.Ordinal);
    }
}
