using Inventory.StubAws.Core;
using Inventory.StubAws.Estate;
using Inventory.StubAws.Services.CloudFront;
using Inventory.StubAws.Services.Ec2;
using Inventory.StubAws.Services.Elbv2;
using Inventory.StubAws.Services.Rds;
using Inventory.StubAws.Services.Route53;
using Inventory.StubAws.Services.S3;

namespace Inventory.Api.Tests.Relationships;

/// <summary>
/// A small web estate in one account: a VPC with two subnets and two security groups, two instances behind a load
/// balancer's target group, an RDS database, a bucket served by a CloudFront distribution, and a Route 53 zone whose
/// alias records point at the load balancer and the distribution.
/// </summary>
internal sealed class WebEstate
{
    public const string Region = "eu-west-1";

    public WebEstate(StubAwsServer aws, string accountId)
    {
        var account = aws.Estate.Account(accountId);
        var ec2 = account.Region(Region).Ec2();
        ec2.Vpcs.Add(new StubVpc("vpc-0a1"));
        ec2.Subnets.Add(new StubSubnet("subnet-0a1", "vpc-0a1"));
        ec2.Subnets.Add(new StubSubnet("subnet-0a2", "vpc-0a1") { CidrBlock = "10.0.2.0/24", AvailabilityZone = "eu-west-1b" });
        ec2.SecurityGroups.Add(new StubSecurityGroup("sg-0web", "web-sg", "vpc-0a1"));
        ec2.SecurityGroups.Add(new StubSecurityGroup("sg-0db", "db-sg", "vpc-0a1"));
        foreach (var (id, subnet) in new[] { ("i-0web1", "subnet-0a1"), ("i-0web2", "subnet-0a2") })
        {
            var instance = new StubInstance(id) { SubnetId = subnet, VpcId = "vpc-0a1" };
            instance.SecurityGroupIds.Add("sg-0web");
            ec2.Instances.Add(instance);
        }

        var elb = account.Region(Region).Elbv2();
        // A network load balancer's DNS name carries its id, so each account's is its own, as in AWS.
        LoadBalancer = new StubLoadBalancer("web") { VpcId = "vpc-0a1", Type = "network", Id = accountId + "abcd" };
        LoadBalancer.Subnets["subnet-0a1"] = "eu-west-1a";
        LoadBalancer.Subnets["subnet-0a2"] = "eu-west-1b";
        LoadBalancer.SecurityGroupIds.Add("sg-0web");
        elb.LoadBalancers.Add(LoadBalancer);
        TargetGroup = new StubTargetGroup("web-tg") { VpcId = "vpc-0a1" };
        TargetGroup.LoadBalancers.Add(LoadBalancer);
        TargetGroup.Targets.Add(new StubTarget("i-0web1"));
        TargetGroup.Targets.Add(new StubTarget("i-0web2"));
        elb.TargetGroups.Add(TargetGroup);

        var subnets = new StubDbSubnetGroup("orders-subnets", "vpc-0a1");
        subnets.Subnets["subnet-0a1"] = "eu-west-1a";
        subnets.Subnets["subnet-0a2"] = "eu-west-1b";
        var database = new StubDbInstance("orders") { SubnetGroup = subnets, EndpointAddress = "orders.abc.eu-west-1.rds.amazonaws.com" };
        database.SecurityGroupIds.Add("sg-0db");
        account.Region(Region).Rds().Instances.Add(database);

        Bucket = "media-" + accountId;
        account.S3().Buckets.Add(new StubBucket(Bucket) { Region = Region });
        Distribution = new StubDistribution("E1" + accountId);
        Distribution.Origins.Add(new StubOrigin("media", $"{Bucket}.s3.amazonaws.com", IsS3: true));
        account.CloudFront().Distributions.Add(Distribution);

        var zone = new StubHostedZone("Z" + accountId, "example.com.");
        zone.RecordSets.Add(new StubRecordSet("www.example.com.", "A") { AliasDnsName = "dualstack." + LoadBalancer.DnsName(Region) + "." });
        zone.RecordSets.Add(new StubRecordSet("cdn.example.com.", "A") { AliasDnsName = Distribution.DomainName + "." });
        account.Route53().HostedZones.Add(zone);
    }

    public StubLoadBalancer LoadBalancer { get; }
    public StubTargetGroup TargetGroup { get; }
    public string Bucket { get; }
    public StubDistribution Distribution { get; }

    /// <summary>Every derived edge the estate should have, by the names of its ends.</summary>
    public IReadOnlyList<string> ExpectedEdges =>
    [
        $"{Distribution.DomainName} origin {Bucket}",
        "example.com aliases " + Distribution.DomainName,
        "example.com aliases web",
        "i-0web1 in-subnet subnet-0a1",
        "i-0web1 in-vpc vpc-0a1",
        "i-0web1 uses-security-group web-sg",
        "i-0web2 in-subnet subnet-0a2",
        "i-0web2 in-vpc vpc-0a1",
        "i-0web2 uses-security-group web-sg",
        "orders in-subnet subnet-0a1",
        "orders in-subnet subnet-0a2",
        "orders in-vpc vpc-0a1",
        "orders uses-security-group db-sg",
        "db-sg in-vpc vpc-0a1",
        "web-sg in-vpc vpc-0a1",
        "subnet-0a1 in-vpc vpc-0a1",
        "subnet-0a2 in-vpc vpc-0a1",
        "web forwards-to web-tg",
        "web in-subnet subnet-0a1",
        "web in-subnet subnet-0a2",
        "web in-vpc vpc-0a1",
        "web uses-security-group web-sg",
        "web-tg in-vpc vpc-0a1",
        "web-tg targets i-0web1",
        "web-tg targets i-0web2",
    ];
}
