using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

public sealed class StubSecurityGroup(string groupId, string groupName, string vpcId)
{
    public string GroupId { get; } = groupId;
    public string GroupName { get; set; } = groupName;
    public string VpcId { get; set; } = vpcId;
    public string Description { get; set; } = "Stub security group";
    public List<StubRule> Ingress { get; } = [];
    public List<StubRule> Egress { get; } = [new("-1", null, null) { Cidrs = { "0.0.0.0/0" } }];
    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId, string region) =>
    [
        V("ownerId", accountId),
        V("groupId", GroupId),
        V("groupName", GroupName),
        V("groupDescription", Description),
        V("vpcId", VpcId),
        Items("ipPermissions", Ingress.Select(r => r.ToXml(accountId))),
        Items("ipPermissionsEgress", Egress.Select(r => r.ToXml(accountId))),
        Ec2Xml.Tags(Tags),
        V("securityGroupArn", $"arn:aws:ec2:{region}:{accountId}:security-group/{GroupId}"),
    ];
}

/// <summary>One permission: a protocol and port range open to CIDRs and other groups.</summary>
public sealed record StubRule(string Protocol, int? FromPort, int? ToPort)
{
    public List<string> Cidrs { get; init; } = [];
    public List<string> GroupIds { get; init; } = [];
    public string? Description { get; init; }

    internal IEnumerable<object?> ToXml(string accountId) =>
    [
        V("ipProtocol", Protocol),
        V("fromPort", FromPort),
        V("toPort", ToPort),
        Items("groups", GroupIds.Select(g => new object?[] { V("userId", accountId), V("groupId", g), V("description", Description) })),
        Items("ipRanges", Cidrs.Select(c => new object?[] { V("cidrIp", c), V("description", Description) })),
        E("ipv6Ranges"),
        E("prefixListIds"),
    ];
}
