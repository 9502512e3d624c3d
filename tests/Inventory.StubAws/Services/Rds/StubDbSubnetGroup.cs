using static Inventory.StubAws.Services.Rds.RdsStubXml;

namespace Inventory.StubAws.Services.Rds;

/// <summary>A DB subnet group: the VPC and subnets a database is placed in.</summary>
public sealed class StubDbSubnetGroup(string name, string vpcId)
{
    public string Name { get; } = name;
    public string VpcId { get; set; } = vpcId;

    /// <summary>Subnet id to its availability zone.</summary>
    public Dictionary<string, string> Subnets { get; } = [];

    internal IEnumerable<object?> ToXml(string region, string accountId) =>
    [
        V("DBSubnetGroupName", Name),
        V("DBSubnetGroupDescription", "Subnets of " + Name),
        V("VpcId", VpcId),
        V("SubnetGroupStatus", "Complete"),
        List("Subnets", "Subnet", Subnets.Select(s => new object?[]
        {
            V("SubnetIdentifier", s.Key), E("SubnetAvailabilityZone", V("Name", s.Value)), E("SubnetOutpost"), V("SubnetStatus", "Active"),
        })),
        V("DBSubnetGroupArn", $"arn:aws:rds:{region}:{accountId}:subgrp:{Name}"),
        E("SupportedNetworkTypes", V("member", "IPV4")),
    ];
}
