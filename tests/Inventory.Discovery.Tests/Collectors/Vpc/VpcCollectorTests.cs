using Amazon.EC2;
using Inventory.Discovery.Collectors.Vpc;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Ec2;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Vpc;

/// <summary>The VPC collector through the real SDK and HTTP against the stub AWS.</summary>
public sealed class VpcCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "333333333333";
    private const string Region = "us-west-2";
    private readonly StubAwsServer server;

    public VpcCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private Ec2Estate Estate => server.Estate.Account(AccountId).Region(Region).Ec2();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new VpcCollector(StubScans.FastBackoff).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    /// <summary>Three of every resource type, so each list takes two pages at the stub's two per page.</summary>
    private void ArrangeThreeOfEach()
    {
        for (var i = 1; i <= 3; i++)
        {
            Estate.Vpcs.Add(new StubVpc($"vpc-0{i}"));
            Estate.Subnets.Add(new StubSubnet($"subnet-0{i}", "vpc-01"));
            Estate.SecurityGroups.Add(new StubSecurityGroup($"sg-0{i}", $"group-{i}", "vpc-01"));
            Estate.RouteTables.Add(new StubRouteTable($"rtb-0{i}", "vpc-01"));
            Estate.InternetGateways.Add(new StubInternetGateway($"igw-0{i}"));
            Estate.NatGateways.Add(new StubNatGateway($"nat-0{i}", "vpc-01", "subnet-01"));
        }
    }

    [Fact]
    public async Task Every_page_of_every_resource_type_is_read()
    {
        ArrangeThreeOfEach();

        var observations = await Scan();

        foreach (var type in new[] { "vpc:vpc", "vpc:subnet", "vpc:security-group", "vpc:route-table", "vpc:internet-gateway", "vpc:nat-gateway" })
            Assert.Equal(3, observations.Count(o => o.ResourceType == type));
        foreach (var action in new[] { "DescribeVpcs", "DescribeSubnets", "DescribeSecurityGroups", "DescribeRouteTables", "DescribeInternetGateways", "DescribeNatGateways" })
        {
            var pages = server.RequestsFor("ec2", action);
            Assert.Equal(2, pages.Count);
            Assert.Equal(pages[0].Status, pages[1].Status);
            Assert.True(pages[1].Parameters.ContainsKey("NextToken"), action);
        }
        Assert.Equal("100", server.RequestsFor("ec2", "DescribeRouteTables")[0].Parameters["MaxResults"]);
    }

    [Fact]
    public async Task A_vpc_is_mapped_field_by_field()
    {
        Estate.Vpcs.Add(new StubVpc("vpc-0main") { CidrBlock = "10.1.0.0/16", SecondaryCidrBlocks = { "100.64.0.0/16" }, Tags = { ["Name"] = "main" } });

        var vpc = (await Scan()).Single("vpc:vpc", "vpc-0main");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:ec2:us-west-2:333333333333:vpc/vpc-0main",
            ["resource_id"] = "vpc-0main",
            ["name"] = "main",
            ["state"] = "available",
            ["tags.Name"] = "main",
            ["attributes.CidrBlock"] = "10.1.0.0/16",
            ["attributes.CidrBlocks"] = """["10.1.0.0/16","100.64.0.0/16"]""",
            ["attributes.DhcpOptionsId"] = "dopt-0123456789abcdef0",
            ["attributes.InstanceTenancy"] = "default",
            ["attributes.IsDefault"] = "false",
            ["attributes.OwnerId"] = AccountId,
        }, vpc.Described());
    }

    [Fact]
    public async Task A_subnet_names_its_vpc_and_keeps_its_arn_but_not_the_moving_free_address_count()
    {
        Estate.Subnets.Add(new StubSubnet("subnet-0a", "vpc-0main") { CidrBlock = "10.1.1.0/24", AvailabilityZone = "us-west-2a", AvailabilityZoneId = "usw2-az1", MapPublicIpOnLaunch = true, Tags = { ["Name"] = "public-a" } });
        Estate.Subnets.Add(new StubSubnet("subnet-0b", "vpc-0main") { WithArn = false });

        var observations = await Scan();

        var subnet = observations.Single("vpc:subnet", "subnet-0a");
        Assert.Equal("arn:aws:ec2:us-west-2:333333333333:subnet/subnet-0a", subnet.Arn);
        Assert.Equal("public-a", subnet.Name);
        Assert.Equal("available", subnet.State);
        Assert.Equal(["vpc:vpc-0main"], subnet.RelatedText());
        Assert.Equal(new Dictionary<string, string>
        {
            ["CidrBlock"] = "10.1.1.0/24",
            ["AvailabilityZone"] = "us-west-2a",
            ["AvailabilityZoneId"] = "usw2-az1",
            ["DefaultForAz"] = "false",
            ["MapPublicIpOnLaunch"] = "true",
            ["AssignIpv6AddressOnCreation"] = "false",
            ["OwnerId"] = AccountId,
        }, subnet.AttributesText());
        // Without an ARN in the answer, the collector builds the documented one.
        Assert.Equal("arn:aws:ec2:us-west-2:333333333333:subnet/subnet-0b", observations.Single("vpc:subnet", "subnet-0b").Arn);
    }

    [Fact]
    public async Task Changing_free_addresses_in_a_subnet_does_not_change_its_description()
    {
        var subnet = new StubSubnet("subnet-0a", "vpc-0main") { AvailableIpAddressCount = 250 };
        Estate.Subnets.Add(subnet);
        var before = (await Scan()).Single("vpc:subnet", "subnet-0a").Described();

        subnet.AvailableIpAddressCount = 17;
        var after = (await Scan()).Single("vpc:subnet", "subnet-0a").Described();

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_security_group_names_its_vpc_and_carries_its_rules()
    {
        var group = new StubSecurityGroup("sg-0web", "web", "vpc-0main") { Description = "Web servers" };
        group.Ingress.Add(new StubRule("tcp", 443, 443) { Cidrs = { "0.0.0.0/0" }, Description = "https" });
        group.Ingress.Add(new StubRule("tcp", 22, 22) { GroupIds = { "sg-0bastion" } });
        Estate.SecurityGroups.Add(group);

        var observed = (await Scan()).Single("vpc:security-group", "sg-0web");

        Assert.Equal("arn:aws:ec2:us-west-2:333333333333:security-group/sg-0web", observed.Arn);
        Assert.Equal("web", observed.Name);
        Assert.Null(observed.State);
        Assert.Equal(["vpc:vpc-0main"], observed.RelatedText());
        Assert.Equal(new Dictionary<string, string>
        {
            ["GroupName"] = "web",
            ["Description"] = "Web servers",
            ["OwnerId"] = AccountId,
            ["IngressRules"] =
                """[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[],"Ipv6Ranges":[],"PrefixListIds":[],"Groups":[{"GroupId":"sg-0bastion","UserId":"333333333333"}]},"""
                + """{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"https"}],"Ipv6Ranges":[],"PrefixListIds":[],"Groups":[]}]""",
            ["EgressRules"] = """[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}],"Ipv6Ranges":[],"PrefixListIds":[],"Groups":[]}]""",
        }, observed.AttributesText());
    }

    [Fact]
    public async Task Reordered_rules_are_no_change()
    {
        var group = new StubSecurityGroup("sg-0web", "web", "vpc-0main");
        var https = new StubRule("tcp", 443, 443) { Cidrs = { "0.0.0.0/0" } };
        var ssh = new StubRule("tcp", 22, 22) { Cidrs = { "10.0.0.0/8" } };
        group.Ingress.AddRange([https, ssh]);
        Estate.SecurityGroups.Add(group);
        var before = (await Scan()).Single("vpc:security-group", "sg-0web").Described();

        group.Ingress.Reverse();
        var after = (await Scan()).Single("vpc:security-group", "sg-0web").Described();

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_route_table_names_its_vpc_subnets_and_gateways()
    {
        var table = new StubRouteTable("rtb-0public", "vpc-0main") { Main = true, SubnetIds = { "subnet-0a", "subnet-0b" }, Tags = { ["Name"] = "public" } };
        table.Routes["10.1.0.0/16"] = "local";
        table.Routes["0.0.0.0/0"] = "igw-0main";
        table.Routes["192.168.0.0/16"] = "nat-0a";
        Estate.RouteTables.Add(table);

        var observed = (await Scan()).Single("vpc:route-table", "rtb-0public");

        Assert.Equal("arn:aws:ec2:us-west-2:333333333333:route-table/rtb-0public", observed.Arn);
        Assert.Equal("public", observed.Name);
        Assert.Equal(
            ["internet-gateway:igw-0main", "nat-gateway:nat-0a", "subnet:subnet-0a", "subnet:subnet-0b", "vpc:vpc-0main"],
            observed.RelatedText());
        var attributes = observed.AttributesText();
        Assert.Equal("true", attributes["Main"]);
        Assert.Equal("""["subnet-0a","subnet-0b"]""", attributes["AssociatedSubnets"]);
        Assert.Equal(
            """[{"Destination":"0.0.0.0/0","Target":"igw-0main","State":"active","Origin":"CreateRoute"},"""
            + """{"Destination":"10.1.0.0/16","Target":"local","State":"active","Origin":"CreateRouteTable"},"""
            + """{"Destination":"192.168.0.0/16","Target":"nat-0a","State":"active","Origin":"CreateRoute"}]""",
            attributes["Routes"]);
    }

    [Fact]
    public async Task An_internet_gateway_is_attached_to_its_vpc_or_detached()
    {
        Estate.InternetGateways.Add(new StubInternetGateway("igw-0main") { VpcId = "vpc-0main", Tags = { ["Name"] = "main-igw" } });
        Estate.InternetGateways.Add(new StubInternetGateway("igw-0spare"));

        var observations = await Scan();

        var attached = observations.Single("vpc:internet-gateway", "igw-0main");
        Assert.Equal("arn:aws:ec2:us-west-2:333333333333:internet-gateway/igw-0main", attached.Arn);
        Assert.Equal("main-igw", attached.Name);
        Assert.Equal("attached", attached.State);
        Assert.Equal(["vpc:vpc-0main"], attached.RelatedText());
        var spare = observations.Single("vpc:internet-gateway", "igw-0spare");
        Assert.Equal("detached", spare.State);
        Assert.Equal("igw-0spare", spare.Name);
        Assert.Empty(spare.Related);
    }

    [Fact]
    public async Task A_nat_gateway_names_its_vpc_and_subnet_and_carries_its_addresses()
    {
        Estate.NatGateways.Add(new StubNatGateway("nat-0a", "vpc-0main", "subnet-0a")
        {
            AllocationId = "eipalloc-0nat",
            NetworkInterfaceId = "eni-0nat",
            PrivateIp = "10.1.1.5",
            PublicIp = "54.1.1.1",
            Tags = { ["Name"] = "nat-a" },
        });
        Estate.NatGateways.Add(new StubNatGateway("nat-0old", "vpc-0main", "subnet-0a") { State = "deleted" });

        var observations = await Scan();

        var nat = observations.Single("vpc:nat-gateway", "nat-0a");
        Assert.Equal("arn:aws:ec2:us-west-2:333333333333:natgateway/nat-0a", nat.Arn);
        Assert.Equal("nat-a", nat.Name);
        Assert.Equal("available", nat.State);
        Assert.Equal(["10.1.1.5", "54.1.1.1"], nat.IpAddresses);
        Assert.Equal(
            ["elastic-ip:eipalloc-0nat", "network-interface:eni-0nat", "subnet:subnet-0a", "vpc:vpc-0main"],
            nat.RelatedText());
        Assert.Equal("public", nat.AttributesText()["ConnectivityType"]);
        Assert.Equal("2025-01-02T03:04:05Z", nat.AttributesText()["CreateTime"]);
        // AWS lists deleted NAT gateways for a while; the state says they are gone.
        Assert.Equal("deleted", observations.Single("vpc:nat-gateway", "nat-0old").State);
    }

    [Fact]
    public async Task An_access_denied_on_one_list_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeThreeOfEach();
        server.Faults.Add("ec2", "DescribeRouteTables", "UnauthorizedOperation", 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(Scan);

        Assert.Equal("UnauthorizedOperation", error.ErrorCode);
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeThreeOfEach();
        server.Faults.Throttle("ec2", "DescribeSecurityGroups", times: 2);

        var observations = await Scan();

        Assert.Equal(18, observations.Count);
        Assert.Equal([503, 503, 200, 200], server.RequestsFor("ec2", "DescribeSecurityGroups").Select(r => r.Status));
    }
}
