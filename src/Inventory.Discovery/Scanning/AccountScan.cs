using Amazon.Runtime;
using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Domain.Assets;
using Inventory.Domain.Scopes;

namespace Inventory.Discovery.Scanning;

/// <summary>One account to scan: whose credentials, where AWS is, which regions (already chosen) and which collectors.</summary>
internal sealed record AccountScan(
    string AccountId,
    AWSCredentials Credentials,
    AwsEndpoints Endpoints,
    IReadOnlyList<string> Regions,
    IReadOnlyList<ICollector> Collectors,
    Cause Cause)
{
    /// <summary>Scopes already recorded by an earlier attempt at the same job, which a resumed scan leaves out.</summary>
    public IReadOnlySet<ScopeId> Skip { get; init; } = new HashSet<ScopeId>();
}
