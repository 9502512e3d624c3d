using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Ec2;

/// <summary>The EC2 and VPC resources of one region; tests add, change and remove them between scans.</summary>
public sealed class Ec2Estate
{
    public List<StubInstance> Instances { get; } = [];
    public List<StubVolume> Volumes { get; } = [];
    public List<StubNetworkInterface> NetworkInterfaces { get; } = [];
    public List<StubAddress> Addresses { get; } = [];
    public List<StubVpc> Vpcs { get; } = [];
    public List<StubSubnet> Subnets { get; } = [];
    public List<StubSecurityGroup> SecurityGroups { get; } = [];
    public List<StubRouteTable> RouteTables { get; } = [];
    public List<StubInternetGateway> InternetGateways { get; } = [];
    public List<StubNatGateway> NatGateways { get; } = [];
}

public static class Ec2EstateExtensions
{
    public static Ec2Estate Ec2(this StubRegion region) => region.Service<Ec2Estate>();
}
