using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Domain.Scopes;

namespace Inventory.Discovery.Scanning;

/// <summary>One scope to scan: its id, the collector that lists it, and how to reach AWS for it.</summary>
internal sealed record PlannedScope(ScopeId Scope, ICollector Collector, ScopeAccess Access)
{
    /// <summary>Global APIs (S3 listing, CloudFront, Route 53) are called in us-east-1, where AWS serves them.</summary>
    public const string GlobalApiRegion = "us-east-1";

    /// <summary>Every regional collector in every region, then every global collector once, less the scopes to skip.</summary>
    public static IReadOnlyList<PlannedScope> For(AccountScan account)
    {
        ArgumentNullException.ThrowIfNull(account);
        // Duplicate regions would scan a scope twice and report it twice.
        var regions = account.Regions.Distinct(StringComparer.Ordinal).ToList();
        var regional =
            from region in regions
            from collector in account.Collectors.Where(c => !c.IsGlobal)
            select Plan(account, collector, region, region);
        var global =
            from collector in account.Collectors.Where(c => c.IsGlobal)
            select Plan(account, collector, ScopeId.GlobalRegion, GlobalApiRegion);
        return [.. regional.Concat(global).Where(p => !account.Skip.Contains(p.Scope))];
    }

    private static PlannedScope Plan(AccountScan account, ICollector collector, string scopeRegion, string callRegion) =>
        new(new ScopeId(account.AccountId, scopeRegion, collector.Service), collector,
            new ScopeAccess(account.AccountId, callRegion, account.Credentials, account.Endpoints));
}
