using Inventory.Discovery.Access;
using Inventory.Domain.Costs;

namespace Inventory.Discovery.Costs;

/// <summary>
/// Reads a management account's monthly costs from AWS Cost Explorer. Throws on any failure (an <see cref="SignedRequests.AwsServiceException"/>
/// carries AWS's code), so the caller records it instead of figures.
/// </summary>
internal interface ICostExplorer
{
    /// <param name="access">The management account's credentials; Cost Explorer answers in us-east-1 whatever the region.</param>
    Task<MonthlyCosts> MonthlyCostsAsync(ScopeAccess access, CostWindow window, CancellationToken cancellation);
}
