using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.Throttling;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Vpc;

/// <summary>
/// VPC networking in one region, read through the EC2 API (endpoint override key "ec2"):
/// DescribeVpcs, DescribeSubnets, DescribeSecurityGroups, DescribeRouteTables, DescribeInternetGateways,
/// DescribeNatGateways, all paged.
/// </summary>
internal sealed class VpcCollector(Backoff? backoff = null) : ICollector
{
    public string Service => "vpc";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var ec2 = SdkClients.Ec2(access);
        var calls = new SdkCalls(backoff);
        return
        [
            .. await Vpcs.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false),
            .. await Subnets.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false),
            .. await SecurityGroups.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false),
            .. await RouteTables.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false),
            .. await InternetGateways.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false),
            .. await NatGateways.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false),
        ];
    }
}
