using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.Throttling;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Ec2;

/// <summary>
/// EC2 in one region: instances, EBS volumes, network interfaces and elastic IPs.
/// Calls DescribeInstances, DescribeVolumes, DescribeNetworkInterfaces (all paged) and DescribeAddresses.
/// </summary>
internal sealed class Ec2Collector(Backoff? backoff = null) : ICollector
{
    public string Service => "ec2";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        var all = new List<Observation>();
        await foreach (var page in ListAsync(access, cancellation).ConfigureAwait(false))
            all.AddRange(page);
        return all;
    }

    // Instances, the bulk of a large region, are passed on a DescribeInstances page at a time.
    public async IAsyncEnumerable<IReadOnlyList<Observation>> ListAsync(ScopeAccess access,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var ec2 = SdkClients.Ec2(access);
        var calls = new SdkCalls(backoff);
        await foreach (var page in Ec2Instances.PagesAsync(ec2, calls, access, cancellation).ConfigureAwait(false))
            yield return page;
        yield return [.. await Ec2Volumes.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false)];
        yield return [.. await Ec2NetworkInterfaces.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false)];
        yield return [.. await Ec2ElasticIps.CollectAsync(ec2, calls, access, cancellation).ConfigureAwait(false)];
    }
}
