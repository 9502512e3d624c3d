using static Inventory.StubAws.Services.Ec2.Ec2Xml;

namespace Inventory.StubAws.Services.Ec2;

public sealed class StubRouteTable(string routeTableId, string vpcId)
{
    public string RouteTableId { get; } = routeTableId;
    public string VpcId { get; set; } = vpcId;
    public bool Main { get; set; }
    public List<string> SubnetIds { get; } = [];

    /// <summary>Destination CIDR to target id ("local", "igw-...", "nat-...").</summary>
    public Dictionary<string, string> Routes { get; } = [];

    public Dictionary<string, string> Tags { get; } = [];

    internal IEnumerable<object?> ToXml(string accountId) =>
    [
        V("routeTableId", RouteTableId),
        V("vpcId", VpcId),
        V("ownerId", accountId),
        Items("routeSet", Routes.Select(r => new object?[]
        {
            V("destinationCidrBlock", r.Key),
            r.Value.StartsWith("nat-", StringComparison.Ordinal) ? V("natGatewayId", r.Value) : V("gatewayId", r.Value),
            V("state", "active"),
            V("origin", r.Value == "local" ? "CreateRouteTable" : "CreateRoute"),
        })),
        Items("associationSet",
        [
            .. Main ? [new object?[] { V("routeTableAssociationId", $"rtbassoc-main{RouteTableId[4..]}"), V("routeTableId", RouteTableId), V("main", true), E("associationState", V("state", "associated")) }] : Array.Empty<object?[]>(),
            .. SubnetIds.Select(s => new object?[]
            {
                V("routeTableAssociationId", $"rtbassoc-{s[7..]}"), V("routeTableId", RouteTableId), V("subnetId", s), V("main", false),
                E("associationState", V("state", "associated")),
            }),
        ]),
        E("propagatingVgwSet"),
        Ec2Xml.Tags(Tags),
    ];
}
