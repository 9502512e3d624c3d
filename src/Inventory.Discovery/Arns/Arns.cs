// Namespace is the project root, not Inventory.Discovery.Arns, so `Arns.X` never binds to a namespace of the same name.
namespace Inventory.Discovery;

/// <summary>ARNs in AWS's documented formats for resources whose list APIs return none, so every asset has one.</summary>
internal static class Arns
{
    /// <summary>The partition a region belongs to: China and GovCloud regions live outside the "aws" partition.</summary>
    public static string Partition(string region)
    {
        Require(region, nameof(region));
        if (region.StartsWith("cn-", StringComparison.Ordinal))
            return "aws-cn";
        if (region.StartsWith("us-gov-", StringComparison.Ordinal))
            return "aws-us-gov";
        return "aws";
    }

    public static string Ec2Instance(string region, string account, string instanceId) =>
        Ec2(region, account, "instance", instanceId, nameof(instanceId));

    public static string EbsVolume(string region, string account, string volumeId) =>
        Ec2(region, account, "volume", volumeId, nameof(volumeId));

    public static string NetworkInterface(string region, string account, string networkInterfaceId) =>
        Ec2(region, account, "network-interface", networkInterfaceId, nameof(networkInterfaceId));

    public static string ElasticIp(string region, string account, string allocationId) =>
        Ec2(region, account, "elastic-ip", allocationId, nameof(allocationId));

    public static string Vpc(string region, string account, string vpcId) =>
        Ec2(region, account, "vpc", vpcId, nameof(vpcId));

    public static string Subnet(string region, string account, string subnetId) =>
        Ec2(region, account, "subnet", subnetId, nameof(subnetId));

    public static string SecurityGroup(string region, string account, string groupId) =>
        Ec2(region, account, "security-group", groupId, nameof(groupId));

    public static string RouteTable(string region, string account, string routeTableId) =>
        Ec2(region, account, "route-table", routeTableId, nameof(routeTableId));

    public static string InternetGateway(string region, string account, string internetGatewayId) =>
        Ec2(region, account, "internet-gateway", internetGatewayId, nameof(internetGatewayId));

    // AWS spells this resource type without a hyphen, unlike the other EC2 types.
    public static string NatGateway(string region, string account, string natGatewayId) =>
        Ec2(region, account, "natgateway", natGatewayId, nameof(natGatewayId));

    /// <summary>S3 bucket ARNs carry no region or account; the optional region only picks the partition.</summary>
    public static string S3Bucket(string bucket, string? region = null)
    {
        Require(bucket, nameof(bucket));
        return $"arn:{GlobalPartition(region)}:s3:::{bucket}";
    }

    /// <summary>Route 53 returns ids as "/hostedzone/Z123", but the ARN wants the bare id.</summary>
    public static string HostedZone(string hostedZoneId, string? region = null)
    {
        Require(hostedZoneId, nameof(hostedZoneId));
        const string prefix = "/hostedzone/";
        var id = hostedZoneId.StartsWith(prefix, StringComparison.Ordinal) ? hostedZoneId[prefix.Length..] : hostedZoneId;
        Require(id, nameof(hostedZoneId));
        return $"arn:{GlobalPartition(region)}:route53:::hostedzone/{id}";
    }

    /// <summary>CloudFront is global: its ARN has an account but no region; the optional region only picks the partition.</summary>
    public static string CloudFrontDistribution(string account, string distributionId, string? region = null)
    {
        RequireAccount(account);
        Require(distributionId, nameof(distributionId));
        return $"arn:{GlobalPartition(region)}:cloudfront::{account}:distribution/{distributionId}";
    }

    // ElastiCache separates resource type and id with a colon, not a slash.
    public static string ElastiCacheCluster(string region, string account, string cacheClusterId) =>
        Regional("elasticache", region, account, "cluster:", cacheClusterId, nameof(cacheClusterId));

    public static string ElastiCacheReplicationGroup(string region, string account, string replicationGroupId) =>
        Regional("elasticache", region, account, "replicationgroup:", replicationGroupId, nameof(replicationGroupId));

    private static string Ec2(string region, string account, string resourceType, string id, string idParameter) =>
        Regional("ec2", region, account, resourceType + "/", id, idParameter);

    private static string Regional(string service, string region, string account, string resourcePrefix, string id, string idParameter)
    {
        var partition = Partition(region);
        RequireAccount(account);
        Require(id, idParameter);
        return $"arn:{partition}:{service}:{region}:{account}:{resourcePrefix}{id}";
    }

    private static string GlobalPartition(string? region) => region is null ? "aws" : Partition(region);

    private static void Require(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("Must not be empty.", parameter);
    }

    private static void RequireAccount(string? account)
    {
        if (account is null || account.Length != 12 || !account.All(char.IsAsciiDigit))
            throw new ArgumentException("An AWS account id is exactly 12 digits.", nameof(account));
    }
}
