using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Route53;

/// <summary>An account's hosted zones, listed in the order they were added.</summary>
public sealed class Route53Estate
{
    public List<StubHostedZone> HostedZones { get; } = [];
}

public static class Route53EstateExtensions
{
    public static Route53Estate Route53(this StubAccount account) => account.Global<Route53Estate>();
}
