using Inventory.Api.Accounts;
using Inventory.Domain.Accounts;
using Inventory.Domain.Costs;
using Marten;

namespace Inventory.Api.Costs;

/// <summary>Loads what <see cref="CostRefreshRules"/> decides from: the named account, or every active management account.</summary>
internal static class CostTargets
{
    public static async Task<RefreshTarget> ChooseAsync(IQuerySession session, string? accountId, CancellationToken cancellation)
    {
        var named = accountId is null ? null : await AccountWrites.LoadAsync(session, accountId, cancellation);
        IReadOnlyList<string> active = accountId is null ? await ActiveManagementAsync(session, cancellation) : [];
        return CostRefreshRules.Choose(accountId, named, active);
    }

    private static async Task<IReadOnlyList<string>> ActiveManagementAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<AccountView>()
            .Where(a => a.Kind == AccountKind.Management && a.Active && !a.Removed)
            .OrderBy(a => a.AccountId)
            .Select(a => a.AccountId)
            .ToListAsync(cancellation);
}
