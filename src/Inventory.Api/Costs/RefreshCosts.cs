using Inventory.Domain.Assets;

namespace Inventory.Api.Costs;

/// <summary>
/// Fetch the cost figures of every active management account (AccountId null) or of one. Durable, so a refresh asked
/// for survives a restart; a scheduler publishes <see cref="All"/> as it is.
/// </summary>
public sealed record RefreshCosts(string? AccountId, Cause Cause)
{
    /// <summary>Recorded with every outcome, so whoever asked can tell when this refresh has landed.</summary>
    public Guid RefreshId { get; init; } = Guid.NewGuid();

    public static RefreshCosts All(Cause cause) => new(null, cause);

    public static RefreshCosts For(string managementAccountId, Cause cause) => new(managementAccountId, cause);
}
