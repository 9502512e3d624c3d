using Inventory.Domain.Assets;

namespace Inventory.Domain.Costs;

/// <summary>One stream per management account: every cost fetch for it, good or failed, in the order recorded.</summary>
public static class CostStreams
{
    public static string Key(string managementAccountId) => "costs:" + managementAccountId;
}

/// <summary>What one linked account (its id and name) or one service (its name) cost in a period.</summary>
public sealed record CostLine(string Key, string? Name, decimal Amount);

/// <summary>
/// One calendar month as Cost Explorer reported it: [Start, End) with End exclusive, whether AWS still estimates it,
/// the total and the breakdowns, each largest first.
/// </summary>
public sealed record PeriodCosts(
    DateOnly Start, DateOnly End, bool Estimated, decimal Total, IReadOnlyList<CostLine> ByLinkedAccount, IReadOnlyList<CostLine> ByService);

/// <summary>Cost Explorer answered for a management account; Currency is null when it reported no cost at all.</summary>
public sealed record CostsFetched(
    string ManagementAccountId, Guid RefreshId, DateTimeOffset FetchedAt, string? Currency, PeriodCosts ThisMonth, PeriodCosts LastMonth,
    Cause Cause);

/// <summary>Cost Explorer (or reaching it) failed for a management account, or the refresh ran out of time; earlier figures stay.</summary>
public sealed record CostsFetchFailed(
    string ManagementAccountId, Guid RefreshId, DateTimeOffset FailedAt, string ErrorCode, string Message, Cause Cause);
