using Inventory.Discovery.Access;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collecting;

/// <summary>
/// Lists every resource of one service in one scope, across all pages, as observations.
/// A collector throws on any failure; the scan of its scope then fails as a whole and nothing is marked gone.
/// </summary>
internal interface ICollector
{
    /// <summary>The scope's service name, also the prefix of the resource types it yields ("ec2" yields "ec2:instance").</summary>
    string Service { get; }

    /// <summary>Global services (S3, CloudFront, Route 53) are scanned once per account, in region "global".</summary>
    bool IsGlobal { get; }

    Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation);

    /// <summary>
    /// The same resources page by page, as AWS answers, so a large scope is reconciled while it is still being listed.
    /// Collectors of services that hold few resources per scope list them whole, as one page.
    /// </summary>
    async IAsyncEnumerable<IReadOnlyList<Observation>> ListAsync(ScopeAccess access,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        yield return await CollectAsync(access, cancellation).ConfigureAwait(false);
    }
}
