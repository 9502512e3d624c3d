using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Discovery.Throttling;

namespace Inventory.Discovery.Scanning;

/// <summary>The regions an account can use, from EC2 DescribeRegions.</summary>
internal static class EnabledRegions
{
    // Opt-in regions the account has not enabled reject every call, so scanning them would only record failures.
    private static readonly HashSet<string> Usable = new(StringComparer.Ordinal) { "opt-in-not-required", "opted-in" };

    public static async Task<IReadOnlyList<string>> ListAsync(ScopeAccess access, CancellationToken cancellation = default, Backoff? backoff = null)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var ec2 = SdkClients.Ec2(access);
        var response = await new SdkCalls(backoff)
            .RunAsync(ct => ec2.DescribeRegionsAsync(new DescribeRegionsRequest { AllRegions = false }, ct), cancellation)
            .ConfigureAwait(false);
        return (response.Regions ?? [])
            .Where(r => r.OptInStatus is null || Usable.Contains(r.OptInStatus))
            .Select(r => r.RegionName)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
