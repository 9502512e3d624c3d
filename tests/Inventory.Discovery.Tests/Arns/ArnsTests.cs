// Same namespace rule as the code under test: a Tests.Arns namespace would hide the Arns class.
namespace Inventory.Discovery.Tests;

public class ArnsTests
{
    private const string Account = "123456789012";

    [Theory]
    [InlineData("us-east-1", "aws")]
    [InlineData("eu-west-1", "aws")]
    [InlineData("ap-southeast-2", "aws")]
    [InlineData("cn-north-1", "aws-cn")]
    [InlineData("cn-northwest-1", "aws-cn")]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("us-gov-east-1", "aws-us-gov")]
    public void The_partition_follows_the_region(string region, string partition)
    {
        Assert.Equal(partition, Arns.Partition(region));
    }

    [Fact]
    public void Ec2_resources_use_the_documented_resource_types()
    {
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc", Arns.Ec2Instance("eu-west-1", Account, "i-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:volume/vol-0abc", Arns.EbsVolume("eu-west-1", Account, "vol-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:network-interface/eni-0abc", Arns.NetworkInterface("eu-west-1", Account, "eni-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:elastic-ip/eipalloc-0abc", Arns.ElasticIp("eu-west-1", Account, "eipalloc-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-0abc", Arns.Vpc("eu-west-1", Account, "vpc-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0abc", Arns.Subnet("eu-west-1", Account, "subnet-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc", Arns.SecurityGroup("eu-west-1", Account, "sg-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:route-table/rtb-0abc", Arns.RouteTable("eu-west-1", Account, "rtb-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:internet-gateway/igw-0abc", Arns.InternetGateway("eu-west-1", Account, "igw-0abc"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:natgateway/nat-0abc", Arns.NatGateway("eu-west-1", Account, "nat-0abc"));
    }

    [Theory]
    [InlineData("cn-north-1", "arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-1")]
    [InlineData("us-gov-west-1", "arn:aws-us-gov:ec2:us-gov-west-1:123456789012:instance/i-1")]
    [InlineData("us-east-1", "arn:aws:ec2:us-east-1:123456789012:instance/i-1")]
    public void Regional_arns_carry_the_region_partition(string region, string arn)
    {
        Assert.Equal(arn, Arns.Ec2Instance(region, Account, "i-1"));
    }

    [Fact]
    public void ElastiCache_separates_type_and_id_with_a_colon()
    {
        Assert.Equal("arn:aws:elasticache:us-east-1:123456789012:cluster:my-cache-001", Arns.ElastiCacheCluster("us-east-1", Account, "my-cache-001"));
        Assert.Equal("arn:aws:elasticache:us-east-1:123456789012:replicationgroup:my-cache", Arns.ElastiCacheReplicationGroup("us-east-1", Account, "my-cache"));
        Assert.Equal("arn:aws-cn:elasticache:cn-north-1:123456789012:cluster:c", Arns.ElastiCacheCluster("cn-north-1", Account, "c"));
        Assert.Equal("arn:aws-us-gov:elasticache:us-gov-east-1:123456789012:replicationgroup:g", Arns.ElastiCacheReplicationGroup("us-gov-east-1", Account, "g"));
    }

    [Theory]
    [InlineData(null, "arn:aws:s3:::my-bucket")]
    [InlineData("eu-central-1", "arn:aws:s3:::my-bucket")]
    [InlineData("cn-north-1", "arn:aws-cn:s3:::my-bucket")]
    [InlineData("us-gov-west-1", "arn:aws-us-gov:s3:::my-bucket")]
    public void An_s3_bucket_arn_has_no_region_or_account(string? region, string arn)
    {
        Assert.Equal(arn, Arns.S3Bucket("my-bucket", region));
    }

    [Theory]
    [InlineData("/hostedzone/Z1D633PJN98FT9", null, "arn:aws:route53:::hostedzone/Z1D633PJN98FT9")]
    [InlineData("Z1D633PJN98FT9", null, "arn:aws:route53:::hostedzone/Z1D633PJN98FT9")]
    [InlineData("/hostedzone/Z1", "cn-northwest-1", "arn:aws-cn:route53:::hostedzone/Z1")]
    [InlineData("Z1", "us-gov-west-1", "arn:aws-us-gov:route53:::hostedzone/Z1")]
    public void A_hosted_zone_arn_uses_the_bare_zone_id(string zoneId, string? region, string arn)
    {
        Assert.Equal(arn, Arns.HostedZone(zoneId, region));
    }

    [Theory]
    [InlineData(null, "arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL")]
    [InlineData("cn-north-1", "arn:aws-cn:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL")]
    public void A_cloudfront_arn_has_an_account_but_no_region(string? region, string arn)
    {
        Assert.Equal(arn, Arns.CloudFrontDistribution(Account, "E2QWRUHAPOMQZL", region));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    [InlineData(" 12345678901")]
    [InlineData("１２３４５６７８９０１２")]
    public void An_account_id_must_be_twelve_digits(string account)
    {
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => Arns.Ec2Instance("us-east-1", account, "i-1")).ParamName);
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => Arns.CloudFrontDistribution(account, "E1")).ParamName);
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => Arns.ElastiCacheCluster("us-east-1", account, "c")).ParamName);
    }

    [Fact]
    public void A_null_account_is_rejected()
    {
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => Arns.Vpc("us-east-1", null!, "vpc-1")).ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Empty_inputs_are_rejected_by_name(string? empty)
    {
        Assert.Equal("region", Assert.Throws<ArgumentException>(() => Arns.Partition(empty!)).ParamName);
        Assert.Equal("region", Assert.Throws<ArgumentException>(() => Arns.Subnet(empty!, Account, "subnet-1")).ParamName);
        Assert.Equal("instanceId", Assert.Throws<ArgumentException>(() => Arns.Ec2Instance("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("volumeId", Assert.Throws<ArgumentException>(() => Arns.EbsVolume("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("networkInterfaceId", Assert.Throws<ArgumentException>(() => Arns.NetworkInterface("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("allocationId", Assert.Throws<ArgumentException>(() => Arns.ElasticIp("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("vpcId", Assert.Throws<ArgumentException>(() => Arns.Vpc("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("subnetId", Assert.Throws<ArgumentException>(() => Arns.Subnet("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("groupId", Assert.Throws<ArgumentException>(() => Arns.SecurityGroup("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("routeTableId", Assert.Throws<ArgumentException>(() => Arns.RouteTable("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("internetGatewayId", Assert.Throws<ArgumentException>(() => Arns.InternetGateway("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("natGatewayId", Assert.Throws<ArgumentException>(() => Arns.NatGateway("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("bucket", Assert.Throws<ArgumentException>(() => Arns.S3Bucket(empty!)).ParamName);
        Assert.Equal("hostedZoneId", Assert.Throws<ArgumentException>(() => Arns.HostedZone(empty!)).ParamName);
        Assert.Equal("distributionId", Assert.Throws<ArgumentException>(() => Arns.CloudFrontDistribution(Account, empty!)).ParamName);
        Assert.Equal("cacheClusterId", Assert.Throws<ArgumentException>(() => Arns.ElastiCacheCluster("us-east-1", Account, empty!)).ParamName);
        Assert.Equal("replicationGroupId", Assert.Throws<ArgumentException>(() => Arns.ElastiCacheReplicationGroup("us-east-1", Account, empty!)).ParamName);
    }

    [Fact]
    public void A_hosted_zone_id_that_is_only_the_prefix_is_rejected()
    {
        Assert.Equal("hostedZoneId", Assert.Throws<ArgumentException>(() => Arns.HostedZone("/hostedzone/")).ParamName);
    }

    [Fact]
    public void An_empty_region_given_for_a_global_resource_is_rejected()
    {
        Assert.Equal("region", Assert.Throws<ArgumentException>(() => Arns.S3Bucket("b", "")).ParamName);
    }
}
